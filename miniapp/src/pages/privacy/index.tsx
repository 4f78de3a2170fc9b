import { Text, View } from '@tarojs/components';
import PageShell from '../../components/PageShell';
import './index.scss';

const SECTIONS: Array<{ title: string; body: string[] }> = [
  {
    title: '我们处理哪些信息',
    body: [
      '微信匿名标识（openid）：用于识别您的护照，保存印章和路线进度。我们不获取您的微信昵称、头像、手机号。',
      '打卡记录：扫码的打卡点、时间，以及是否为离线扫码。',
      '位置信息：仅在您查找附近场馆或在要求现场确认的场馆打卡时获取，只使用打卡那一刻的位置，并取整到约十米，不会持续记录您的行踪。',
      '昵称和人群类别：由您自愿填写，可不填，可随时修改或清空。证书上的名字只保存在您的手机上。',
    ],
  },
  {
    title: '我们如何使用',
    body: [
      '为您记录印章、显示路线进度和生成完成证书。',
      '主办方只看到按日期、场馆、地区、人群等汇总的统计数字，用于改进科普活动；不展示、不排名任何个人。',
      '分享证书完全自愿，分享与否不影响任何奖励。',
    ],
  },
  {
    title: '您的权利',
    body: [
      '您可以在“我的”页面查看和修改个人信息。',
      '您可以在“我的”页面选择“删除我的数据”，删除护照、全部印章和个人信息。',
      '您可以在微信设置中随时关闭位置权限，届时可按地区查看场馆。',
    ],
  },
];

export default function Privacy() {
  return (
    <PageShell className="privacy-page" noGate>
      <View className="section">
        <View className="card">
          <Text className="privacy-page__title">星火探馆隐私保护指引</Text>
          <Text className="muted">我们坚持最少必要原则，只处理为您提供打卡服务所必需的信息。</Text>
        </View>
        {SECTIONS.map((s) => (
          <View className="card" key={s.title}>
            <Text className="section-title">{s.title}</Text>
            {s.body.map((p, i) => (
              <Text className="privacy-page__p" key={i}>
                {p}
              </Text>
            ))}
          </View>
        ))}
      </View>
    </PageShell>
  );
}
