import { Text, View } from '@tarojs/components';
import QrCode from '../components/QrCode';
import { screenNote, secondsLeft, shownCode } from '../lib/rotation';
import { usePageParams } from '../services/nav';
import { useAdminMode } from '../services/screen-mode';
import { useDisplay } from './use-display';
import './index.scss';

/**
 * The rotating-code screen a display link opens (`/d/{token}` redirects here): one checkpoint's
 * current code, large enough to scan from across a room, switched on the 30 s rotation.
 * Public and single-purpose: the link can show this code and nothing else.
 */
export default function DisplayScreen() {
  useAdminMode(false);
  const { token = '' } = usePageParams('display');
  const { state, now } = useDisplay(token);
  const code = shownCode(state, now);
  const note = screenNote(state, now);
  const left = secondsLeft(state, now);

  return (
    <View className={`display ${note.tone === 'stop' ? 'is-stopped' : ''}`} id="display-screen">
      <View className="display__head">
        <Text className="display__venue" id="display-venue">
          {state.venueName || '星火探馆'}
        </Text>
        <Text className="display__checkpoint" id="display-checkpoint">
          {state.checkpointName || '扫码打卡'}
        </Text>
      </View>
      <View className="display__body">
        {code && note.tone !== 'stop' ? (
          <View
            className="display__qr-box"
            id="display-code"
            data-token={code.token}
            data-url={code.url}
          >
            <QrCode text={code.url} className="display__qr" />
          </View>
        ) : (
          <View className="display__qr-box display__qr-box--empty">
            <Text className="display__stop-title" id="display-stop">
              {note.tone === 'stop' ? note.title : '正在获取二维码…'}
            </Text>
            {note.tone === 'stop' ? <Text className="display__stop-text">{note.text}</Text> : null}
          </View>
        )}
        <View className="display__side">
          <Text className="display__how">微信扫一扫</Text>
          <Text className="display__how-sub">或用手机相机扫码打卡</Text>
          {code && left !== null ? (
            <View className="display__timer">
              <View className="display__bar">
                <View className="display__bar-fill" style={{ width: `${(left / 30) * 100}%` }} />
              </View>
              <Text className="display__left" id="display-left">
                {left} 秒后更新
              </Text>
            </View>
          ) : null}
          <Text className="display__rule">二维码每 30 秒更新一次，请扫描屏幕上的最新二维码</Text>
        </View>
      </View>
      {note.tone === 'warn' ? (
        <View className="display__note" id="display-note">
          <Text>{note.text}</Text>
        </View>
      ) : null}
    </View>
  );
}
