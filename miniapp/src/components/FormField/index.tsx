import type { ReactNode } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import './index.scss';

interface FieldProps {
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
export default function FormField(props: FieldProps) {
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

interface TextFieldProps extends Omit<FieldProps, 'children' | 'id'> {
  /** The input's own id (not the field's): what a label or a test finds. */
  id?: string;
  value: string;
  maxlength?: number;
  placeholder?: string;
  /** A several-line text area instead of a one-line input. */
  multiline?: boolean;
  /** A one-line input that hides what is typed. */
  password?: boolean;
  onChange: (value: string) => void;
  /** The keyboard's done key, on a one-line input. */
  onConfirm?: () => void;
}

/** A FormField whose control is plain text: the most common field of the admin forms. */
export function TextField({
  label,
  hint,
  error,
  required,
  wide,
  className,
  multiline,
  password,
  onChange,
  onConfirm,
  ...input
}: TextFieldProps) {
  // Only what the caller set reaches the control: an absent maxlength keeps Taro's default.
  const field = { label, hint, error, required, wide, className };
  return (
    <FormField {...field}>
      {multiline ? (
        <Textarea className="admin-textarea" {...input} onInput={(e) => onChange(e.detail.value)} />
      ) : (
        <Input
          className="admin-input"
          {...input}
          password={password}
          onInput={(e) => onChange(e.detail.value)}
          onConfirm={onConfirm}
        />
      )}
    </FormField>
  );
}
