import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheControl, contentSecurityPolicy, securityHeaders } from './security-headers';

describe('the security policy', () => {
  it('is strict on the app’s own origin: no inline code, no framing, no plugins', () => {
    const policy = contentSecurityPolicy({ apiBaseUrl: '/api' });
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("connect-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe|nonce|\*/);
  });

  it('lets the app reach an API on another origin, and its chat socket', () => {
    expect(contentSecurityPolicy({ apiBaseUrl: 'https://api.example.fr/v1' })).toContain(
      "connect-src 'self' https://api.example.fr wss://api.example.fr;",
    );
  });

  it('allows the dev server’s nonce, for scripts and styles only', () => {
    const policy = contentSecurityPolicy({ apiBaseUrl: '/api', nonce: 'abc' });
    expect(policy).toContain("script-src 'self' 'nonce-abc';");
    expect(policy).toContain("style-src 'self' 'nonce-abc';");
    expect(policy.match(/nonce/g)).toHaveLength(2);
  });

  it('caches only hashed files, and those for a year', () => {
    expect(cacheControl('/assets/index-Cdc83Sxa.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl('/connexion')).toBe('no-cache');
    expect(cacheControl('/app.html')).toBe('no-cache');
  });
});

describe('docs/deploiement.md', () => {
  const guide = readFileSync(path.join(__dirname, '../docs/deploiement.md'), 'utf8');

  it('gives production hosting the very headers the dev server and preview send', () => {
    const headers = securityHeaders({ apiBaseUrl: '/api' });
    for (const [name, value] of Object.entries(headers)) {
      expect(guide, `${name} in _headers`).toContain(`  ${name}: ${value}\n`);
      expect(guide, `${name} in the nginx snippet`).toContain(
        `add_header ${name} "${value}" always;`,
      );
      expect(guide, `${name} in the list`).toContain(`\n${name}: ${value}\n`);
    }
  });
});
