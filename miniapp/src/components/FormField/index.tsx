import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './index.scss';

interface Props {
  label: string;
  /** Shown under the control: limits, what the field is for. */
  hint?: ReactNode;
  /** The server's or the form's complaint about this field; replaces the hint. */
  error?: string | null;
  required?: boolean;
  /** Takes the whole row of a two-column form at a desk. */
  wide?: boolean;
  id?: string;
  className?: string;
  children: ReactNode;
}

/** One labelled control of an admin form, with its hint or error under it. */
export default function FormField(props: Props) {
  return (
    <View
      className={`form-field ${props.wide ? 'form-field--wide' : ''} ${props.error ? 'has-error' : ''} ${props.className ?? ''}`}
      id={props.id}
    >
      <Text className="form-field__label">
        {props.label}
        {props.required ? <Text className="form-field__required"> *</Text> : null}
      </Text>
      <View className="form-field__control">{props.children}</View>
      {props.error ? (
        <Text className="form-field__error">{props.error}</Text>
      ) : props.hint ? (
        <Text className="form-field__hint">{props.hint}</Text>
      ) : null}
    </View>
  );
}

/** Fields side by side at a desk, stacked on a phone. */
export function FormGrid({ children }: { children: ReactNode }) {
  return <View className="form-grid">{children}</View>;
}
