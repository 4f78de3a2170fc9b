import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import { api } from '../../api';
import CertificateCanvas from '../../components/CertificateCanvas';
import PageShell from '../../components/PageShell';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateView';
import { openTrail, replacePage, usePageParams } from '../../services/nav';
import { getPrefs, setPrefs } from '../../services/prefs';
import { usePassport } from '../../services/passport';
import { useAsync } from '../../services/use-async';
import './index.scss';

export default function CertificatePage() {
  const { trailId = '' } = usePageParams('certificate');
  const passport = usePassport();
  // The campaign name only decorates the certificate; it must not block it.
  const campaign = useAsync('campaign', () => api.currentCampaign().catch(() => null));
  const [name, setName] = useState<string | null>(getPrefs().certificateName);

  if (passport.loading && !passport.data) {
    return (
      <PageShell>
        <View className="section">
          <LoadingState rows={2} text="正在读取您的护照…" />
        </View>
      </PageShell>
    );
  }
  if (passport.error || !passport.data) {
    return (
      <PageShell>
        <ErrorState error={passport.error} onRetry={passport.reload} />
      </PageShell>
    );
  }

  const progress = passport.data.trails.find((t) => t.trailId === trailId);
  if (!progress || !progress.completed) {
    return (
      <PageShell>
        <EmptyState
          title="还没有完成这条路线"
          description={
            progress
              ? `还差 ${progress.total - progress.collected} 枚印章就能获得证书`
              : '完成路线的全部打卡点后即可领取证书'
          }
          actionText="查看路线"
          onAction={() => replacePage('trail', { id: trailId })}
          icon="证"
        />
      </PageShell>
    );
  }

  const shownName = name ?? passport.data.visitor.nickname ?? '';
  const c = campaign.data?.current ?? campaign.data?.upcoming ?? null;
  return (
    <PageShell className="cert-page">
      <View className="section">
        <View className="card cert-name">
          <Text className="cert-name__label">证书上的名字</Text>
          <Input
            className="cert-name__input"
            value={shownName}
            maxLength={12}
            placeholder="填写您想印在证书上的名字"
            onChange={(v) => {
              setName(v);
              setPrefs({ certificateName: v });
            }}
            id="certificate-name"
          />
          <Text className="hint">名字只用于生成这张图片，保存在您的手机上，不会上传。</Text>
        </View>
      </View>
      <View className="section">
        <CertificateCanvas
          data={{
            name: shownName,
            trailName: progress.trailName,
            stopCount: progress.total,
            completedAt: progress.completedAt ?? new Date().toISOString(),
            campaignName: c?.name ?? null,
          }}
        />
      </View>
      <View className="section">
        <Button type="default" block onClick={() => openTrail(trailId)}>
          回顾这条路线
        </Button>
      </View>
    </PageShell>
  );
}
