import { Button as TaroButton, Text, View } from '@tarojs/components';
import { Popup } from '@nutui/nutui-react-taro';
import { Store } from '../../lib/store';
import { PRIVACY_VERSION, getPrefs, setPrefs } from '../../services/prefs';
import { popupPortal } from '../../services/portal';
import {
  AGREE_BUTTON_ID,
  answerPrivacy,
  hasPendingPrivacyRequest,
  openPrivacyContract,
  privacyRequests,
} from '../../services/privacy';
import { useStore } from '../../services/use-store';
import './index.scss';

/**
 * One consent state for all pages: every page has a gate (mini-program pages are separate trees),
 * and answering on one page must close it everywhere.
 */
let declinedThisRun = false;

function gateOpen(): boolean {
  if (hasPendingPrivacyRequest()) return true;
  return (getPrefs().privacyAccepted ?? 0) < PRIVACY_VERSION && !declinedThisRun;
}

const gate = new Store<boolean>(gateOpen());
const refreshGate = (): void => gate.set(gateOpen());

privacyRequests.on(refreshGate);

/**
 * First-use privacy notice and consent. In the mini-program the agree button is WeChat's
 * agreePrivacyAuthorization button, so the same tap also satisfies WeChat's privacy check.
 * `active` is false while the page is hidden under another one, so only one gate shows.
 */
export default function PrivacyGate({ active }: { active: boolean }) {
  const open = useStore(gate);

  const agree = () => {
    setPrefs({ privacyAccepted: PRIVACY_VERSION });
    answerPrivacy(true);
    refreshGate();
  };
  const decline = () => {
    declinedThisRun = true;
    answerPrivacy(false);
    refreshGate();
  };

  return (
    <Popup
      portal={popupPortal()}
      visible={open && active}
      position="bottom"
      round
      closeOnOverlayClick={false}
      className="privacy-gate"
      onClose={() => undefined}
    >
      <View className="privacy-gate__body" id="privacy-gate">
        <Text className="privacy-gate__title">欢迎使用星火探馆</Text>
        <Text className="privacy-gate__text">
          为了给您提供科普场馆打卡服务，我们会在您使用时处理以下信息：
        </Text>
        <View className="privacy-gate__list">
          <Text className="privacy-gate__item">
            · 微信匿名标识：用于保存您的印章和护照，不获取您的微信昵称、头像或手机号；
          </Text>
          <Text className="privacy-gate__item">
            · 位置信息：仅在查找附近场馆或打卡时使用，经取整处理，不会持续记录；
          </Text>
          <Text className="privacy-gate__item">
            · 昵称和人群类别：由您自愿填写，可随时修改或清空。
          </Text>
        </View>
        <Text className="privacy-gate__text">
          您可以随时在“我的”中查看或删除您的全部数据。活动不设个人排名，分享与否不影响任何奖励。
        </Text>
        <Text className="privacy-gate__link" onClick={openPrivacyContract}>
          查看完整的《星火探馆隐私保护指引》
        </Text>
        <View className="privacy-gate__actions">
          <TaroButton
            className="privacy-gate__btn privacy-gate__btn--ghost"
            onClick={decline}
            id="privacy-decline-btn"
          >
            不同意
          </TaroButton>
          <TaroButton
            id={AGREE_BUTTON_ID}
            className="privacy-gate__btn privacy-gate__btn--primary"
            openType={process.env.TARO_ENV === 'weapp' ? 'agreePrivacyAuthorization' : undefined}
            onAgreePrivacyAuthorization={agree}
            onClick={process.env.TARO_ENV === 'weapp' ? undefined : agree}
          >
            同意并继续
          </TaroButton>
        </View>
      </View>
    </Popup>
  );
}
