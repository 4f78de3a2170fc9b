import { useState } from 'react';
import { Input, ScrollView, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { RegionDto, RegionLevel } from '@xinghuo/shared';
import { regionsApi } from '../../api/regions';
import { useAsync } from '../../services/use-async';
import { ErrorState, LoadingState } from '../StateView';
import Sheet from '../Sheet';
import './index.scss';

export interface PickedRegion {
  code: string;
  name: string;
  /** "河北省 / 唐山市 / 路南区" when known (search results, or the path browsed). */
  fullName?: string;
  level?: RegionLevel;
}

interface Props {
  visible: boolean;
  onClose: () => void;
  onSelect: (region: PickedRegion) => void;
  title?: string;
  /** Browsing and search stay inside this region (an organizer's own); default all of China. */
  root?: { code: string; name: string };
  /** The button choosing the region being browsed; default "查看…全部场馆" (visitors). */
  chooseLabel?: (region: { name: string }) => string;
  /** Choosing a county or township ends the visit (visitors); admin pickers browse to the end. */
  pickOnLeaf?: (level: RegionLevel) => boolean;
  /** Search only at this level (e.g. the township of a new venue). */
  searchLevel?: RegionLevel;
  /** False: only regions strictly below `root` (an organizer creating one below them). */
  rootSelectable?: boolean;
}

const visitorLeaf = (level: RegionLevel) => level === 'county' || level === 'township';

/** Browse the region tree one level at a time, or search it by name or code. */
export default function RegionPicker(props: Props) {
  const { visible, onClose, onSelect, root } = props;
  const [path, setPath] = useState<RegionDto[]>([]);
  const [q, setQ] = useState('');
  const parent = path[path.length - 1];
  const parentCode = parent?.code ?? root?.code;
  const searching = q.trim().length > 0;
  const list = useAsync(visible && !searching ? `regions:${parentCode ?? ''}` : null, () =>
    regionsApi.children(parentCode),
  );
  const found = useAsync(
    visible && searching ? `region-search:${root?.code ?? ''}:${q.trim()}` : null,
    () =>
      regionsApi.search({ q: q.trim(), within: root?.code, level: props.searchLevel, limit: 30 }),
  );

  const close = () => {
    setPath([]);
    setQ('');
    onClose();
  };
  const pick = (r: PickedRegion) => {
    onSelect(r);
    close();
  };
  /** The names browsed through, down to `last` when given. */
  const trail = (last?: string) =>
    [...(root ? [root.name] : []), ...path.map((p) => p.name), ...(last ? [last] : [])].join(' / ');
  const choose = (r: RegionDto) => {
    if ((props.pickOnLeaf ?? visitorLeaf)(r.level)) {
      pick({ code: r.code, name: r.name, level: r.level, fullName: trail(r.name) });
    } else setPath([...path, r]);
  };

  const items = list.data?.items ?? [];
  const rootChoice = root && props.chooseLabel && props.rootSelectable !== false;
  const current = parent ?? (rootChoice ? { ...root, level: undefined } : undefined);
  const labelOf = props.chooseLabel ?? ((r: { name: string }) => `查看${r.name}全部场馆`);

  return (
    <Sheet visible={visible} title={props.title ?? '选择地区'} onClose={close}>
      <View className="region-picker" id="region-picker">
        <View className="region-picker__search">
          <Input
            className="region-picker__input"
            id="region-search"
            value={q}
            placeholder="搜索地区名称，如“路南”“浈江”"
            onInput={(e) => setQ(e.detail.value)}
          />
        </View>
        {searching ? null : (
          <View className="region-picker__crumbs">
            <Text className="region-picker__crumb" onClick={() => setPath([])}>
              {root?.name ?? '全国'}
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
        )}
        <ScrollView scrollY className="region-picker__list">
          {searching ? (
            <>
              {found.loading && !found.data ? <LoadingState rows={1} /> : null}
              {found.error ? <ErrorState error={found.error} onRetry={found.reload} /> : null}
              {found.data && found.data.items.length === 0 ? (
                <View className="region-picker__empty">
                  <Text className="muted">没有名称含“{q.trim()}”的地区</Text>
                </View>
              ) : null}
              {(found.data?.items ?? [])
                .filter((r) => props.rootSelectable !== false || r.code !== root?.code)
                .map((r) => (
                  <View
                    key={r.code}
                    className="region-picker__item region-picker__found"
                    data-code={r.code}
                    onClick={() =>
                      pick({ code: r.code, name: r.name, level: r.level, fullName: r.fullName })
                    }
                  >
                    <Text>{r.name}</Text>
                    <Text className="region-picker__path">{r.fullName}</Text>
                  </View>
                ))}
            </>
          ) : (
            <>
              {list.loading && items.length === 0 ? <LoadingState rows={2} /> : null}
              {list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : null}
              {!list.loading && !list.error && items.length === 0 && parent ? (
                <View className="region-picker__empty">
                  <Text className="muted">“{parent.name}”下没有更细的地区</Text>
                </View>
              ) : null}
              {items.map((r) => (
                <View
                  key={r.code}
                  className="region-picker__item"
                  data-code={r.code}
                  onClick={() => choose(r)}
                >
                  <Text>{r.name}</Text>
                  <Text className="region-picker__arrow">›</Text>
                </View>
              ))}
            </>
          )}
        </ScrollView>
        {current && !searching ? (
          <Button
            type="primary"
            block
            size="large"
            className="region-picker__use"
            id="region-use"
            onClick={() => pick({ code: current.code, name: current.name, fullName: trail() })}
          >
            {labelOf(current)}
          </Button>
        ) : null}
      </View>
    </Sheet>
  );
}
