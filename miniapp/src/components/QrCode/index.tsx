import { Image } from '@tarojs/components';
import { qrDataUrl } from '../../lib/qr-image';

interface Props {
  text: string;
  className?: string;
  id?: string;
}

/** A QR code drawn on the device (the display screen, a display link): no request, no server image. */
export default function QrCode({ text, className, id }: Props) {
  const src = qrDataUrl(text, process.env.TARO_ENV === 'h5' ? 'svg' : 'gif');
  return <Image className={className} id={id} src={src} mode="aspectFit" data-text={text} />;
}
