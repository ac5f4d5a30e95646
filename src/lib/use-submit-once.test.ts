import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { useSubmitOnce, type Submission } from './use-submit-once';

function started(submission: Submission | null): Submission {
  if (!submission) throw new Error('The submit was refused');
  return submission;
}

const networkError = new ApiError('network', 0, null);

describe('useSubmitOnce', () => {
  it('lets one submit through until it fails, and stays closed after a success', () => {
    const { result } = renderHook(() => useSubmitOnce());
    const first = started(result.current());
    expect(result.current()).toBeNull();
    first.failed(new ApiError('http', 409, { code: 'LITIGE_NON_MODIFIABLE' }));
    started(result.current());
    expect(result.current()).toBeNull();
  });

  it('opens again when a form stays for another action', () => {
    const { result } = renderHook(() => useSubmitOnce());
    const first = started(result.current());
    first.done();
    const second = started(result.current());
    expect(second.key).not.toBe(first.key);
  });

  it('keeps the key for the very same action after a failure that may have reached the server', () => {
    const { result } = renderHook(() => useSubmitOnce());
    const file = new File(['%PDF-1.7'], 'preuve.pdf', { type: 'application/pdf' });
    const first = started(result.current(['Livrée le 3 mars.', file]));
    first.failed(networkError);
    const retry = started(result.current(['Livrée le 3 mars.', file]));
    expect(retry.key).toBe(first.key);
    retry.failed(new ApiError('http', 502, null));
    const again = started(result.current(['Livrée le 3 mars.', file]));
    expect(again.key).toBe(first.key);

    // Another file of the same name is another action.
    again.failed(networkError);
    const copy = new File(['%PDF-1.7'], 'preuve.pdf', { type: 'application/pdf' });
    expect(started(result.current(['Livrée le 3 mars.', copy])).key).not.toBe(first.key);
  });

  it('gives a new key after an answer the server kept, or once the action changed', () => {
    const { result } = renderHook(() => useSubmitOnce());
    const first = started(result.current(['Livrée le 3 mars.']));
    first.failed(new ApiError('http', 400, { code: 'VALIDATION' }));
    const second = started(result.current(['Livrée le 3 mars.']));
    expect(second.key).not.toBe(first.key);
    second.failed(networkError);
    const edited = started(result.current(['Livrée le 3 mars, signée.']));
    expect(edited.key).not.toBe(second.key);
    expect(edited.key).toMatch(/^[0-9a-f-]{36}$/);
  });
});
