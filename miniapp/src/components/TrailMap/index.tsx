import { Map as TaroMap, Text, View } from '@tarojs/components';
import type { TrailDetail } from '@xinghuo/shared';
import type { TrailStopState } from '../../lib/passport';
import { COLORS, withAlpha } from '../../lib/theme';
import { centerOf, sketchLayout, trailMapPlaces, type MapPlace } from '../../lib/trail-map';
import './index.scss';

// Copied as files into the weapp package by config/index.ts.
const PIN_ICON = '/assets/map/pin.png';
const PIN_DONE_ICON = '/assets/map/pin-done.png';

const SKETCH_ASPECT = 0.8;

interface Props {
  trail: Pick<TrailDetail, 'stops'>;
  /** The visitor's progress on the trail's stops; places they have a stamp at are marked. */
  stops: readonly TrailStopState[];
}

/** The trail's places in order: a real map in the mini-program, a sketch in H5 (no map SDK). */
export default function TrailMap({ trail, stops }: Props) {
  const places = trailMapPlaces(trail, stops);
  if (places.length === 0) return null;
  return process.env.TARO_ENV === 'weapp' ? (
    <WeappMap places={places} />
  ) : (
    <SketchMap places={places} />
  );
}

/** Numbered markers and the trail drawn as a line. */
function WeappMap({ places }: { places: MapPlace[] }) {
  const center = centerOf(places);
  if (!center) return null;
  const markers = places.map((p, i) => ({
    id: i + 1,
    latitude: p.location.lat,
    longitude: p.location.lng,
    iconPath: p.stamped ? PIN_DONE_ICON : PIN_ICON,
    width: 28,
    height: 28,
    title: p.name,
    label: {
      content: `${i + 1} ${p.name}`,
      color: COLORS.text,
      fontSize: 12,
      anchorX: 16,
      anchorY: -28,
      bgColor: COLORS.card,
      padding: 4,
      borderRadius: 4,
      borderWidth: 0,
      borderColor: COLORS.card,
      textAlign: 'left' as const,
    },
  }));
  const points = places.map((p) => ({ latitude: p.location.lat, longitude: p.location.lng }));
  return (
    <TaroMap
      className="trail-map"
      latitude={center.lat}
      longitude={center.lng}
      scale={13}
      markers={markers}
      polyline={
        points.length > 1
          ? [{ points, color: withAlpha(COLORS.primary, 0.8), width: 5, arrowLine: true }]
          : []
      }
      includePoints={points}
      showLocation
      onError={() => undefined}
    />
  );
}

/** A north-up sketch of the places with the path between them. */
function SketchMap({ places }: { places: MapPlace[] }) {
  const { points, segments } = sketchLayout(places, { aspect: SKETCH_ASPECT });
  return (
    <View className="trail-sketch" id="trail-sketch">
      <View className="trail-sketch__grid" />
      {segments.map((s, i) => (
        <View
          key={`seg-${i}`}
          className="trail-sketch__seg"
          style={{
            left: `${s.x}%`,
            top: `${s.y}%`,
            width: `${s.length}%`,
            transform: `rotate(${s.angle}deg)`,
          }}
        />
      ))}
      {points.map((p, i) => (
        <View
          key={p.id}
          className={`trail-sketch__pt ${places[i]?.stamped ? 'is-done' : ''} ${p.x > 58 ? 'is-left' : ''}`}
          style={{ left: `${p.x}%`, top: `${p.y}%` }}
          data-venue-id={places[i]?.venueId}
        >
          <Text className="trail-sketch__num">{i + 1}</Text>
          <Text className="trail-sketch__name">{p.name}</Text>
        </View>
      ))}
      <Text className="trail-sketch__north">北 ↑</Text>
    </View>
  );
}
