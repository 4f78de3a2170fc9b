import { Text, View } from '@tarojs/components';
import type { CheckInResponse } from '@xinghuo/shared';
import ScienceCardView from '../../components/ScienceCardView';
import StampSeal from '../../components/StampSeal';
import TrailProgressList from '../../components/TrailProgressList';
import { successText } from '../../lib/check-in-flow';
import { goPassport } from '../../services/nav';
import ResultLayout, { ScanAgain } from './ResultLayout';

/** A new stamp or a repeat scan: the stamp, the science card and the trails it counts for. */
export default function SuccessScreen({ response }: { response: CheckInResponse }) {
  const repeat = response.outcome === 'repeat';
  const { stamp } = response;
  const text = successText(response);
  return (
    <ResultLayout
      outcome={response.outcome}
      tone={repeat ? 'repeat' : 'accepted'}
      mark={<StampSeal name={stamp.venueName} date={text.date} animate={!repeat} />}
      title={text.title}
      body={
        <>
          <View className="section">
            <ScienceCardView card={response.card} checkInId={stamp.checkInId} />
          </View>
          {response.trails.length > 0 ? (
            <View className="section">
              <TrailProgressList trails={response.trails} />
            </View>
          ) : null}
        </>
      }
      actions={<ScanAgain secondLabel="查看我的护照" onSecond={goPassport} />}
    >
      <Text className="check-in-sub">
        {stamp.checkpointName} · {stamp.venueName}
      </Text>
      <Text className="check-in-note">{text.note}</Text>
    </ResultLayout>
  );
}
