import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './index.scss';

interface Props {
  /** The band's colours: navy (trails), brand (the visitor's own things), or a venue kind's. */
  tone: 'navy' | 'brand' | 'ember' | 'museum' | 'green';
  /** A small rounded tag above the title (topic, venue kind). */
  pill?: string;
  pillId?: string;
  /** A quiet line above the title instead of a pill. */
  label?: string;
  title: string;
  titleId?: string;
  className?: string;
  /** What follows the title: description, facts, tags. */
  children?: ReactNode;
}

/** The coloured band at the top of a detail page. */
export default function PageHeader(props: Props) {
  return (
    <View className={`page-header page-header--${props.tone} ${props.className ?? ''}`}>
      {props.pill ? (
        <Text className="page-header__pill" id={props.pillId}>
          {props.pill}
        </Text>
      ) : null}
      {props.label ? <Text className="page-header__label">{props.label}</Text> : null}
      <Text className="page-header__title" id={props.titleId}>
        {props.title}
      </Text>
      {props.children}
    </View>
  );
}
