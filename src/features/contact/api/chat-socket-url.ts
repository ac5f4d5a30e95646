import { apiUrl } from '@/lib/api-client';
import type { ChatConnectionParams } from './contract';

/** The chat's WebSocket address, next to the API's: ws:// beside http://, wss:// beside https://. */
export function chatSocketUrl(params?: ChatConnectionParams): string {
  const url = new URL(apiUrl('/chat'));
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  if (params) url.search = new URLSearchParams(params).toString();
  return url.toString();
}
