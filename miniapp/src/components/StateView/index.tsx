import { View, Text } from '@tarojs/components';
import { Button, Skeleton } from '@nutui/nutui-react-taro';
import { ApiError, messageOf } from '../../lib/api-error';
import PageShell from '../PageShell';
import './index.scss';

export function LoadingState({ rows = 3, text = '加载中…' }: { rows?: number; text?: string }) {
  return (
    <View className="state state--loading" aria-busy="true">
      {Array.from({ length: rows }, (_, i) => (
        <View className="card state__skeleton" key={i}>
          <Skeleton rows={3} animated />
        </View>
      ))}
      <Text className="hint state__loading-text">{text}</Text>
    </View>
  );
}

interface EmptyProps {
  title: string;
  description?: string;
  actionText?: string;
  onAction?: () => void;
  icon?: string;
}

export function EmptyState({ title, description, actionText, onAction, icon = '○' }: EmptyProps) {
  return (
    <View className="state state--empty">
      <View className="state__icon">{icon}</View>
      <Text className="state__title">{title}</Text>
      {description ? <Text className="state__desc">{description}</Text> : null}
      {actionText && onAction ? (
        <Button className="state__action" type="primary" fill="outline" onClick={onAction}>
          {actionText}
        </Button>
      ) : null}
    </View>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const offline = error instanceof ApiError && error.offline;
  return (
    <View className="state state--error" id="error-state">
      <View className="state__icon state__icon--error">{offline ? '⌁' : '!'}</View>
      <Text className="state__title">{offline ? '网络不可用' : '加载失败'}</Text>
      <Text className="state__desc">{messageOf(error)}</Text>
      {onRetry ? (
        <Button className="state__action" type="primary" onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  );
}

/** A panel without its data yet: why it could not load (with a retry), or placeholders meanwhile. */
export function Unloaded({
  state,
  rows = 3,
}: {
  state: { error: unknown; reload: () => unknown };
  rows?: number;
}) {
  return state.error ? (
    <ErrorState error={state.error} onRetry={state.reload} />
  ) : (
    <LoadingState rows={rows} />
  );
}

/** A whole page while its main data loads: what a page returns before it has anything to show. */
export function PageLoading(props: { rows?: number; text?: string }) {
  return (
    <PageShell>
      <View className="section">
        <LoadingState {...props} />
      </View>
    </PageShell>
  );
}

/** A whole page whose main data could not be loaded. */
export function PageError(props: { error: unknown; onRetry?: () => void }) {
  return (
    <PageShell>
      <ErrorState {...props} />
    </PageShell>
  );
}
