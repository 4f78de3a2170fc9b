import { useState } from 'react';
import { ScrollView, Text, View } from '@tarojs/components';
import { Button, Popup } from '@nutui/nutui-react-taro';
import type { RegionDto } from '@xinghuo/shared';
import { api } from '../../api';
import { useAsync } from '../../services/use-async';
import { ErrorState, LoadingState } from '../StateView';
import './index.scss';
import { popupPortal } from '../../services/portal';

interface Props {
  visible: boolean;
  onClose: () => void;
  onSelect: (region: { code: string; name: string }) => void;
}

/** Province → city → county, one level at a time, so only what is shown is loaded. */
export default function RegionPicker({ visible, onClose, onSelect }: Props) {
  const [path, setPath] = useState<RegionDto[]>([]);
  const parent = path[path.length - 1];
  const list = useAsync(visible ? `regions:${parent?.code ?? ''}` : null, () =>
    api.regions(parent?.code),
  );

  // Every way out starts the next visit at the top level again.
  const close = () => {
    setPath([]);
    onClose();
  };

  const pick = (r: { code: string; name: string }) => {
    onSelect({ code: r.code, name: r.name });
    close();
  };

  const choose = (r: RegionDto) => {
    // Counties are fine-grained enough to list venues; below that lists get too thin.
    if (r.level === 'county' || r.level === 'township') pick(r);
    else setPath([...path, r]);
  };

  const items = list.data?.items ?? [];

  return (
    <Popup
      portal={popupPortal()}
      visible={visible}
      position="bottom"
      round
      closeable
      title="选择地区"
      onClose={close}
    >
      <View className="region-picker" id="region-picker">
        <View className="region-picker__crumbs">
          <Text className="region-picker__crumb" onClick={() => setPath([])}>
            全国
          </Text>
          {path.map((r, i) => (
            <Text
              key={r.code}
              className="region-picker__crumb"
              onClick={() => setPath(path.slice(0, i + 1))}
            >
              {' / '}
              {r.name}
            </Text>
          ))}
        </View>
        <ScrollView scrollY className="region-picker__list">
          {list.loading && items.length === 0 ? <LoadingState rows={2} /> : null}
          {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
          {!list.loading && !list.error && items.length === 0 && parent ? (
            <View className="region-picker__empty">
              <Text className="muted">“{parent.name}”下没有更细的地区</Text>
            </View>
          ) : null}
          {items.map((r) => (
            <View key={r.code} className="region-picker__item" onClick={() => choose(r)}>
              <Text>{r.name}</Text>
              <Text className="region-picker__arrow">›</Text>
            </View>
          ))}
        </ScrollView>
        {parent ? (
          <Button
            type="primary"
            block
            size="large"
            className="region-picker__use"
            onClick={() => pick(parent)}
          >
            查看{parent.name}全部场馆
          </Button>
        ) : null}
      </View>
    </Popup>
  );
}
