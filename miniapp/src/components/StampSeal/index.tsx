import { Text, View } from '@tarojs/components';
import './index.scss';

interface Props {
  /** Venue or checkpoint name shown around the seal. */
  name: string;
  date: string;
  /** Repeat stamps do not slam again: the visitor already has this one. */
  animate?: boolean;
}

/** The stamp as a CSS seal: it drops onto the page, presses, and leaves a faint ring. */
export default function StampSeal({ name, date, animate = true }: Props) {
  const short = Array.from(name).slice(0, 8).join('');
  return (
    <View className={`stamp-seal ${animate ? 'stamp-seal--animate' : ''}`} id="stamp-seal">
      <View className="stamp-seal__ring" />
      <View className="stamp-seal__mark">
        <View className="stamp-seal__inner">
          <Text className="stamp-seal__top">星火探馆</Text>
          <Text className="stamp-seal__name">{short}</Text>
          <Text className="stamp-seal__date">{date}</Text>
        </View>
      </View>
    </View>
  );
}
