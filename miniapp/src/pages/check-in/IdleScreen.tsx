import { Text, View } from '@tarojs/components';
import QueueList from '../../components/QueueList';
import ScanButton from '../../components/ScanButton';

/** Opened without a code: how checking in works, and the scanner. */
export default function IdleScreen() {
  return (
    <View className="check-in-idle">
      <View className="section">
        <ScanButton />
      </View>
      <View className="section">
        <View className="card how">
          <Text className="section-title">怎么打卡</Text>
          <Text className="how__step">1. 到达科普场馆，找到打卡点的二维码（海报或屏幕上）；</Text>
          <Text className="how__step">2. 点击“扫码打卡”扫一扫，或用手机相机扫码；</Text>
          <Text className="how__step">3. 获得印章和科普知识卡，集齐路线印章可领取完成证书。</Text>
          <Text className="hint">没有网络也能扫码，联网后会自动提交。</Text>
        </View>
      </View>
      <View className="section">
        <QueueList />
      </View>
    </View>
  );
}
