import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useMe } from '../../services/admin-me';
import RegionPicker from '../RegionPicker';

interface Props {
  value: string | null;
  onChange: (code: string | null) => void;
}

/** 地区 filter of organizer lists: any region of the organizer's subtree, searchable. */
export default function RegionFilter({ value, onChange }: Props) {
  const me = useMe();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState<string | null>(null);
  const root = me.data?.region;
  return (
    <View className="filter" id="region-filter">
      <Text className="filter__label">地区</Text>
      <View className="filter__options">
        <Text
          className={`filter__option ${value === null ? 'is-on' : ''}`}
          onClick={() => onChange(null)}
        >
          全部{root ? `（${root.name}）` : ''}
        </Text>
        <Text
          className={`filter__option ${value !== null ? 'is-on' : ''}`}
          onClick={() => setOpen(true)}
        >
          {value !== null && name ? name : '选择地区 ▾'}
        </Text>
      </View>
      <RegionPicker
        visible={open}
        title="按地区筛选"
        root={root ? { code: root.code, name: root.name } : undefined}
        chooseLabel={(r) => `只看${r.name}`}
        pickOnLeaf={(level) => level === 'township'}
        onClose={() => setOpen(false)}
        onSelect={(r) => {
          setName(r.fullName ?? r.name);
          onChange(r.code);
        }}
      />
    </View>
  );
}
