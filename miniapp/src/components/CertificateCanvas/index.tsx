import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Canvas, Image, Text, View } from '@tarojs/components';
import { Button, Loading } from '@nutui/nutui-react-taro';
import {
  CERT_HEIGHT,
  CERT_WIDTH,
  drawCertificate,
  type CertificateContext,
  type CertificateData,
} from '../../lib/certificate';
import './index.scss';

const CANVAS_ID = 'cert-canvas';

function pixelRatio(): number {
  try {
    return Math.min(3, Taro.getWindowInfo().pixelRatio || 2);
  } catch {
    return 2;
  }
}

/** Mini-program: draw on a hidden canvas 2d node and export a temp file WeChat can save/share. */
function renderWeapp(data: CertificateData): Promise<string> {
  return new Promise((resolve, reject) => {
    Taro.createSelectorQuery()
      .select(`#${CANVAS_ID}`)
      .fields({ node: true, size: true })
      .exec((res: Array<{ node?: Taro.Canvas } | null>) => {
        const canvas = res?.[0]?.node;
        if (!canvas) {
          reject(new Error('canvas not ready'));
          return;
        }
        const dpr = pixelRatio();
        canvas.width = CERT_WIDTH * dpr;
        canvas.height = CERT_HEIGHT * dpr;
        const ctx = canvas.getContext('2d') as unknown as CertificateContext & {
          scale(x: number, y: number): void;
        };
        ctx.scale(dpr, dpr);
        drawCertificate(ctx, data);
        Taro.canvasToTempFilePath({
          canvas: canvas as unknown as Taro.canvasToTempFilePath.Option['canvas'],
          fileType: 'png',
          success: (r) => resolve(r.tempFilePath),
          fail: reject,
        });
      });
  });
}

/** Browser: an off-screen DOM canvas gives a PNG data URL for the <img>, download and share. */
function renderH5(data: CertificateData): string {
  const canvas = document.createElement('canvas');
  const dpr = Math.min(3, window.devicePixelRatio || 2);
  canvas.width = CERT_WIDTH * dpr;
  canvas.height = CERT_HEIGHT * dpr;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  ctx.scale(dpr, dpr);
  drawCertificate(ctx as unknown as CertificateContext, data);
  return canvas.toDataURL('image/png');
}

async function dataUrlToFile(url: string, name: string): Promise<File> {
  const blob = await (await fetch(url)).blob();
  return new File([blob], name, { type: 'image/png' });
}

export default function CertificateCanvas({ data }: { data: CertificateData }) {
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  // Drawn again only when what it shows changes, not for every new object with the same content.
  const key = JSON.stringify(data);

  useEffect(() => {
    const shown = JSON.parse(key) as CertificateData;
    // Debounced: the name is typed letter by letter.
    const timer = setTimeout(() => {
      setFailed(false);
      if (process.env.TARO_ENV === 'h5') {
        try {
          setSrc(renderH5(shown));
        } catch {
          setFailed(true);
        }
        return;
      }
      renderWeapp(shown).then(setSrc, () => setFailed(true));
    }, 250);
    return () => clearTimeout(timer);
  }, [key]);

  const fileName = `星火探馆证书-${data.trailName}.png`;

  const save = async () => {
    if (!src) return;
    if (process.env.TARO_ENV === 'h5') {
      const a = document.createElement('a');
      a.href = src;
      a.download = fileName;
      document.body.appendChild(a);
      a.click();
      a.remove();
      void Taro.showToast({ title: '已开始下载，也可长按图片保存', icon: 'none' });
      return;
    }
    try {
      await Taro.saveImageToPhotosAlbum({ filePath: src });
      void Taro.showToast({ title: '已保存到相册', icon: 'success' });
    } catch (e) {
      const msg = String((e as { errMsg?: string })?.errMsg ?? '');
      if (/cancel/i.test(msg)) return;
      const m = await Taro.showModal({
        title: '无法保存',
        content: '需要您允许保存图片到相册，可在设置中开启。',
        confirmText: '去设置',
      });
      if (m.confirm) void Taro.openSetting();
    }
  };

  const share = async () => {
    if (!src) return;
    if (process.env.TARO_ENV === 'h5') {
      const nav = navigator as Navigator & { canShare?: (d: ShareData) => boolean };
      try {
        const file = await dataUrlToFile(src, fileName);
        if (nav.share && nav.canShare?.({ files: [file] })) {
          await nav.share({ files: [file], title: '我的科普月完成证书' });
          return;
        }
      } catch {
        // Fall through to the hint: sharing was cancelled or is unsupported.
      }
      void Taro.showToast({ title: '长按图片即可保存或分享', icon: 'none' });
      return;
    }
    try {
      await Taro.showShareImageMenu({ path: src });
    } catch {
      // The visitor closed the menu.
    }
  };

  return (
    <View className="cert" id="certificate">
      {process.env.TARO_ENV === 'weapp' ? (
        <Canvas
          type="2d"
          id={CANVAS_ID}
          className="cert__canvas"
          style={{ width: `${CERT_WIDTH}px`, height: `${CERT_HEIGHT}px` }}
        />
      ) : null}
      <View className="cert__frame">
        {src ? (
          <Image
            className="cert__image"
            src={src}
            mode="widthFix"
            showMenuByLongpress
            id="certificate-image"
          />
        ) : failed ? (
          <Text className="muted">证书生成失败，请返回后重试</Text>
        ) : (
          <View className="cert__loading">
            <Loading>正在生成证书…</Loading>
          </View>
        )}
      </View>
      <View className="btn-row">
        <Button type="primary" size="large" disabled={!src} onClick={save}>
          保存图片
        </Button>
        <Button type="default" size="large" disabled={!src} onClick={share}>
          分享给好友
        </Button>
      </View>
      <Text className="hint cert__note">证书仅作纪念，分享与否不影响任何奖励。</Text>
    </View>
  );
}
