import { Text, View } from '@tarojs/components';
import { formatCount } from '@xinghuo/shared';
import type { AdminRole } from '../../lib/admin-access';
import { beijingClock } from '../../lib/figures-range';
import { openSection } from '../../services/nav';
import { useToday } from './use-today';
import './today-strip.scss';

/** The workbench's line of today's figures, linking to the live page and the dashboard. */
export default function TodayStrip({ role }: { role: AdminRole }) {
  const { data } = useToday();
  const t = data?.today;
  const figure = (label: string, value: number | undefined, id: string) => (
    <View className="today-strip__figure" data-figure={id}>
      <Text className="today-strip__value">{value === undefined ? '…' : formatCount(value)}</Text>
      <Text className="today-strip__label">{label}</Text>
    </View>
  );
  return (
    <View className="panel today-strip" id="today-strip">
      <View className="today-strip__head">
        <Text className="panel__title">{role === 'staff' ? '今日到馆' : '今日辖区'}</Text>
        <Text className="today-strip__at">
          <Text className="live-dot" />
          {data ? `更新于 ${beijingClock(data.at)}` : '…'}
        </Text>
      </View>
      <View className="today-strip__figures">
        {figure('打卡人次', t?.checkIns, 'checkIns')}
        {figure('访客人数', t?.uniqueVisitors, 'uniqueVisitors')}
        {figure('重复扫码', t?.repeats, 'repeats')}
        {figure('未通过', t?.rejections, 'rejections')}
      </View>
      <View className="today-strip__links">
        <Text
          className="link-btn"
          id="open-today"
          onClick={() => openSection(role === 'staff' ? 'staffToday' : 'organizerToday')}
        >
          今日实况 ›
        </Text>
        <Text
          className="link-btn"
          id="open-figures"
          onClick={() => openSection(role === 'staff' ? 'staffFigures' : 'organizerFigures')}
        >
          数据看板 ›
        </Text>
      </View>
    </View>
  );
}
