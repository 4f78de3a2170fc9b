import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { GeoPoint } from '@xinghuo/shared';
import { sameValue } from '../../lib/edit-draft';
import { getLocation } from '../../services/location';
import './index.scss';

interface Props {
  value: GeoPoint;
  onChange: (value: GeoPoint) => void;
}

const toText = (p: GeoPoint) => ({ lat: String(p.lat), lng: String(p.lng) });
const parse = (t: { lat: string; lng: string }): GeoPoint => ({
  lat: t.lat.trim() === '' ? NaN : Number(t.lat),
  lng: t.lng.trim() === '' ? NaN : Number(t.lng),
});

/**
 * The venue's point (GCJ-02). In the mini-program it is picked on WeChat's map; in H5 it is typed
 * (copied from a map site) or taken from the device's position. No online map is needed.
 */
export default function LocationField({ value, onChange }: Props) {
  const [text, setText] = useState(() => toText(value));
  const [shown, setShown] = useState(value);
  const [busy, setBusy] = useState(false);
  // A point set from outside (the map, the device) replaces what is typed.
  if (!sameValue(shown, value)) {
    setShown(value);
    if (!sameValue(parse(text), value)) setText(toText(value));
  }

  const type = (patch: Partial<typeof text>) => {
    const next = { ...text, ...patch };
    setText(next);
    const point = parse(next);
    setShown(point);
    onChange(point);
  };

  const pickOnMap = async () => {
    try {
      const res = await Taro.chooseLocation({ latitude: value.lat, longitude: value.lng });
      onChange({ lat: round(res.latitude), lng: round(res.longitude) });
    } catch {
      // Closing the map without choosing is not an error.
    }
  };
  const takeHere = async () => {
    setBusy(true);
    const res = await getLocation({ explain: false });
    setBusy(false);
    if (res.ok) onChange({ lat: res.point.lat, lng: res.point.lng });
    else
      void Taro.showToast({
        title: res.reason === 'denied' ? '未获得位置权限' : '暂时无法获取位置',
        icon: 'none',
      });
  };

  return (
    <View className="location-field" id="venue-location">
      <View className="location-field__inputs">
        <View className="location-field__coord">
          <Text className="location-field__axis">纬度</Text>
          <Input
            className="admin-input"
            id="venue-lat"
            type="digit"
            value={text.lat}
            onInput={(e) => type({ lat: e.detail.value })}
          />
        </View>
        <View className="location-field__coord">
          <Text className="location-field__axis">经度</Text>
          <Input
            className="admin-input"
            id="venue-lng"
            type="digit"
            value={text.lng}
            onInput={(e) => type({ lng: e.detail.value })}
          />
        </View>
      </View>
      <View className="location-field__actions">
        {process.env.TARO_ENV === 'weapp' ? (
          <Button size="small" fill="outline" onClick={() => void pickOnMap()}>
            在地图上选择
          </Button>
        ) : (
          <Button
            size="small"
            fill="outline"
            loading={busy}
            onClick={() => void takeHere()}
            id="venue-use-position"
          >
            使用我的当前位置
          </Button>
        )}
      </View>
    </View>
  );
}

/** About a metre: more would only pretend to a precision no one measured. */
const round = (x: number) => Math.round(x * 1e5) / 1e5;
