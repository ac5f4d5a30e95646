import { useEffect, useRef, useState } from 'react';
import {
  createFormControl,
  type DefaultValues,
  type FieldValues,
  type Path,
} from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from '@/lib/api-client';
import { useFormValidation, type FormValidationOptions } from './use-form-validation';
import { zodCheck } from './zod-check';

interface ZodFormOptions<TValues extends FieldValues, TOutput> extends Omit<
  FormValidationOptions<TOutput, Path<TValues>>,
  'check'
> {
  /**
   * The request's contract: the form checks what the API will check. Or how to load it, for a
   * page that shows before its schemas: it loads when the user starts filling the form in.
   */
  schema: z.ZodType<TOutput, TValues> | (() => Promise<z.ZodType<TOutput, TValues>>);
  defaultValues: TValues;
  /** Called on every change (a draft kept for a reload). */
  onValuesChange?: (values: TValues) => void;
}

/**
 * A form whose values react-hook-form holds (`register`, `setValue`, `getValues`; `useWatch` for
 * a value the screen shows) and whose checks are a zod contract's, under the kit's one
 * validation policy (`useFormValidation`).
 */
export function useZodForm<TValues extends FieldValues, TOutput>({
  schema,
  defaultValues,
  onValuesChange,
  ...options
}: ZodFormOptions<TValues, TOutput>) {
  // react-hook-form's control without `useForm`: the kit keeps the errors and the submit state,
  // so nothing here needs rhf's form state. `useForm` would re-render the whole form once more
  // right after it mounts (its state becomes « ready »), inside the commit that shows the page.
  const [form] = useState(() =>
    createFormControl<TValues>({ defaultValues: defaultValues as DefaultValues<TValues> }),
  );
  const loaded = useRef(typeof schema === 'function' ? null : schema);
  const loading = useRef<Promise<z.ZodType<TOutput, TValues>> | null>(null);
  // One load at a time: the first change and a submit may both ask while it runs.
  const load = () =>
    (loading.current ??= (typeof schema === 'function' ? schema() : Promise.resolve(schema)).then(
      (ready) => (loaded.current = ready),
      () => {
        loading.current = null;
        // Code that did not arrive is the network's failure, shown as a request's would be.
        throw new ApiError('network', 0, null);
      },
    ));
  const validation = useFormValidation<TOutput, Path<TValues>>({
    ...options,
    check: () =>
      loaded.current
        ? zodCheck(loaded.current, form.getValues(), options.fields)
        : load().then((ready) => zodCheck(ready, form.getValues(), options.fields)),
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

  // A schema loaded on demand starts loading at the user's first change: it is there by the
  // submit, which otherwise waits for it.
  const onChange: typeof validation.onChange = (event) => {
    if (!loaded.current) load().catch(() => undefined);
    validation.onChange(event);
  };

  return { form, ...validation, onChange };
}
