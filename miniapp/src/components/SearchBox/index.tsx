import { useEffect, useRef, useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import './index.scss';

interface Props {
  value: string;
  placeholder: string;
  /** Called a moment after typing stops, and at once on Enter. */
  onSearch: (q: string) => void;
  id?: string;
}

const DEBOUNCE_MS = 350;

/** A search field for admin lists: it searches as one types, without a request per key. */
export default function SearchBox({ value, placeholder, onSearch, id }: Props) {
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(onSearch);
  useEffect(() => {
    latest.current = onSearch;
  });
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const fire = (q: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    latest.current(q.trim());
  };
  const change = (q: string) => {
    setText(q);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => fire(q), DEBOUNCE_MS);
  };

  return (
    <View className="search-box" id={id}>
      <Text className="search-box__icon">⌕</Text>
      <Input
        className="search-box__input"
        value={text}
        placeholder={placeholder}
        confirmType="search"
        onInput={(e) => change(e.detail.value)}
        onConfirm={(e) => fire(e.detail.value)}
      />
      {text ? (
        <Text className="search-box__clear" onClick={() => change('')}>
          ×
        </Text>
      ) : null}
    </View>
  );
}
