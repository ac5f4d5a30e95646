import { useEffect, useRef } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { useFormValidation, type FormValidationOptions } from './use-form-validation';
import { zodCheck } from './zod-check';

interface ZodFormOptions<TValues extends FieldValues, TOutput> extends Omit<
  FormValidationOptions<TOutput, Path<TValues>>,
  'check'
> {
  /** The request's contract: the form checks what the API will check. */
  schema: z.ZodType<TOutput, TValues>;
  defaultValues: TValues;
  /** Called on every change (a draft kept for a reload). */
  onValuesChange?: (values: TValues) => void;
}

/**
 * A form whose values react-hook-form holds (`register`, `watch`, `setValue`) and whose checks
 * are a zod contract's, under the kit's one validation policy (`useFormValidation`).
 */
export function useZodForm<TValues extends FieldValues, TOutput>({
  schema,
  defaultValues,
  onValuesChange,
  ...options
}: ZodFormOptions<TValues, TOutput>) {
  const form = useForm<TValues>({ defaultValues: defaultValues as DefaultValues<TValues> });
  const validation = useFormValidation<TOutput, Path<TValues>>({
    ...options,
    check: () => zodCheck(schema, form.getValues(), options.fields),
  });

  const onValuesChangeRef = useRef(onValuesChange);
  useEffect(() => {
    onValuesChangeRef.current = onValuesChange;
  });
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => onValuesChangeRef.current?.(values),
      }),
    [form],
  );

  return { form, ...validation };
}
