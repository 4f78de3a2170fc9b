import { Text, View } from '@tarojs/components';
import { formatDateTime } from '../../lib/format';
import type { VenueStamps } from '../../lib/passport';
import { openVenue } from '../../services/nav';

/** Every stamp, grouped under the venue it was collected at. */
export default function StampsByVenue({ venues }: { venues: readonly VenueStamps[] }) {
  return (
    <View id="stamps-by-venue">
      {venues.map((v) => (
        <View key={v.venueId} className="card pp-venue">
          <Text className="pp-venue__name" onClick={() => openVenue(v.venueId)}>
            {v.venueName} ›
          </Text>
          {v.stamps.map((s) => (
            <View key={s.checkInId} className="pp-stamp">
              <View className="pp-stamp__seal">印</View>
              <Text className="pp-stamp__name">{s.checkpointName}</Text>
              <Text className="pp-stamp__time">{formatDateTime(s.scannedAt)}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
