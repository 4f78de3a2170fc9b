import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Input, Popup } from '@nutui/nutui-react-taro';
import { tokenFromScan } from '../../lib/check-in-params';
import { openCheckIn } from '../../services/nav';
import './index.scss';
import { popupPortal } from '../../services/portal';

/** Camera scan in the mini-program; in a browser, the phone camera opens the printed URL itself. */
async function scanWithCamera(): Promise<void> {
  let res: Taro.scanCode.SuccessCallbackResult;
  try {
    res = await Taro.scanCode({ onlyFromCamera: true });
  } catch (e) {
    const msg = String((e as { errMsg?: string })?.errMsg ?? '');
    if (!/cancel/i.test(msg))
      void Taro.showToast({ title: '无法打开相机，请检查权限', icon: 'none' });
    return;
  }
  const token = tokenFromScan(res.result) ?? tokenFromScan(res.path);
  if (!token) {
    void Taro.showModal({
      title: '不是打卡码',
      content: '这不是星火探馆的打卡二维码。请扫描场馆内张贴或屏幕上展示的官方二维码。',
      showCancel: false,
      confirmText: '知道了',
    });
    return;
  }
  openCheckIn(token);
}

interface Props {
  variant?: 'hero' | 'bar';
  label?: string;
}

export default function ScanButton({ variant = 'hero', label = '扫码打卡' }: Props) {
  const [manualOpen, setManualOpen] = useState(false);
  const [manual, setManual] = useState('');
  const [manualError, setManualError] = useState('');

  const onTap = () => {
    if (process.env.TARO_ENV === 'weapp') void scanWithCamera();
    else setManualOpen(true);
  };

  const submitManual = () => {
    const token = tokenFromScan(manual);
    if (!token) {
      setManualError('没有识别到打卡码，请检查后重新输入');
      return;
    }
    setManualOpen(false);
    setManual('');
    setManualError('');
    openCheckIn(token);
  };

  return (
    <>
      <View className={`scan-button scan-button--${variant}`} onClick={onTap} id="scan-button">
        <View className="scan-button__icon">
          <View className="scan-button__corner scan-button__corner--tl" />
          <View className="scan-button__corner scan-button__corner--tr" />
          <View className="scan-button__corner scan-button__corner--bl" />
          <View className="scan-button__corner scan-button__corner--br" />
          <View className="scan-button__line" />
        </View>
        <View className="scan-button__text">
          <Text className="scan-button__label">{label}</Text>
          {variant === 'hero' ? (
            <Text className="scan-button__sub">扫描场馆打卡点的二维码，集印章、学知识</Text>
          ) : null}
        </View>
      </View>
      {process.env.TARO_ENV === 'weapp' ? null : (
        <Popup
          portal={popupPortal()}
          visible={manualOpen}
          position="bottom"
          round
          closeable
          title="扫码打卡"
          onClose={() => setManualOpen(false)}
        >
          <View className="scan-manual">
            <Text className="scan-manual__tip">
              请用手机相机或微信“扫一扫”扫描场馆内的打卡二维码，会直接打开打卡页面。
            </Text>
            <Text className="scan-manual__tip">也可以在下面粘贴二维码链接或输入码下方的编码：</Text>
            <Input
              className="scan-manual__input"
              value={manual}
              placeholder="粘贴链接或输入编码"
              id="scan-manual-input"
              onChange={(v) => {
                setManual(v);
                setManualError('');
              }}
              clearable
            />
            {manualError ? <Text className="scan-manual__error">{manualError}</Text> : null}
            <Button
              type="primary"
              block
              size="large"
              onClick={submitManual}
              id="scan-manual-submit"
              className="scan-manual__submit"
            >
              打卡
            </Button>
          </View>
        </Popup>
      )}
    </>
  );
}
