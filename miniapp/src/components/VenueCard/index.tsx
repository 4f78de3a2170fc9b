import { Text, View } from '@tarojs/components';
import { VENUE_KIND_LABELS, formatDistance, type VenueSummary } from '@xinghuo/shared';
import { openVenue } from '../../services/nav';
import './index.scss';

export default function VenueCard({ venue }: { venue: VenueSummary }) {
  return (
    <View className="venue-card" onClick={() => openVenue(venue.id)} data-venue-id={venue.id}>
      <View className={`venue-card__badge kind-${venue.kind}`}>
        <Text>{(VENUE_KIND_LABELS[venue.kind] ?? '场馆').slice(0, 2)}</Text>
      </View>
      <View className="venue-card__body">
        <Text className="venue-card__name">{venue.name}</Text>
        <Text className="venue-card__kind">
          {VENUE_KIND_LABELS[venue.kind] ?? venue.kind} · {venue.regionName}
        </Text>
        <Text className="venue-card__addr">{venue.address}</Text>
      </View>
      {typeof venue.distanceM === 'number' ? (
        <Text className="venue-card__dist">{formatDistance(venue.distanceM)}</Text>
      ) : null}
    </View>
  );
}
