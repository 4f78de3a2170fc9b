import { Text } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import ScanButton from '../../components/ScanButton';
import type { ApiError, NextAction } from '../../lib/api-error';
import { rejectionView } from '../../lib/check-in-flow';
import { goHome, openVenue } from '../../services/nav';
import ResultLayout, { ResultIcon } from './ResultLayout';

interface Props {
  error: ApiError;
  /** `invalid`: the page's own verdict on a code that is not ours; no request was made. */
  outcome: 'rejected' | 'invalid';
  onRetry: (withLocation: boolean) => void;
}

/** Why the check-in did not count, in plain Chinese, and the buttons that can fix it. */
export default function RejectedScreen({ error, outcome, onRetry }: Props) {
  const view = rejectionView(error);
  return (
    <ResultLayout
      outcome={outcome}
      tone="rejected"
      code={error.code}
      mark={<ResultIcon tone="fail" symbol={outcome === 'invalid' ? '?' : '!'} />}
      title={view.title}
      actions={view.actions.map((a) => (
        <AdviceButton key={a} action={a} venueId={view.venueId} onRetry={onRetry} />
      ))}
    >
      <Text className="check-in-message" id="check-in-message">
        {view.message}
      </Text>
      {view.next ? <Text className="check-in-next">{view.next}</Text> : null}
    </ResultLayout>
  );
}

function AdviceButton(props: {
  action: NextAction;
  venueId: string | null;
  onRetry: (withLocation: boolean) => void;
}) {
  const { action, venueId, onRetry } = props;
  if (action === 'rescan') return <ScanButton variant="bar" label="重新扫码" />;
  if (action === 'venue' && venueId)
    return (
      <Button type="default" size="large" block onClick={() => openVenue(venueId)}>
        查看场馆位置和开放时间
      </Button>
    );
  if (action === 'retry_with_location')
    return (
      <Button
        type="primary"
        size="large"
        block
        onClick={() => onRetry(true)}
        id="retry-with-location"
      >
        允许定位后重新打卡
      </Button>
    );
  if (action === 'retry' || action === 'wait')
    return (
      <Button type="primary" size="large" block onClick={() => onRetry(false)}>
        {action === 'wait' ? '稍后重试' : '重试'}
      </Button>
    );
  return (
    <Button type="default" size="large" block onClick={goHome}>
      返回首页
    </Button>
  );
}
