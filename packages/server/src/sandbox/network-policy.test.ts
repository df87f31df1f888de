import { describe, expect, it } from 'vitest';
import { classifyAddress } from './address-policy.js';
import { EndpointPolicy } from './endpoint-policy.js';
import { redactUrl } from './redact-url.js';

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.1.1', 'linkLocal'],
    ['fe80::1', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['64:ff9b::7f00:1', 'rfc6052'],
    ['2002:7f00:1::', '6to4'],
  ])('refuses %s (%s)', (address, range) => {
    expect(classifyAddress(address, { isPrivateAllowed: false })).toEqual({ isAllowed: false, range });
    expect(classifyAddress(address, { isPrivateAllowed: true }).isAllowed).toBe(true);
  });

  it.each(['169.254.169.254', 'fd00:ec2::254', '::ffff:169.254.169.254', '100.100.100.200'])(
    'refuses the metadata address %s even when private hosts are allowed',
    (address) => {
      expect(classifyAddress(address, { isPrivateAllowed: true })).toEqual({
        isAllowed: false,
        range: 'metadata',
      });
    },
  );

  it.each(['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'])(
    'allows the public address %s',
    (address) => {
      expect(classifyAddress(address, { isPrivateAllowed: false })).toEqual({
        isAllowed: true,
        range: 'unicast',
      });
    },
  );
});

describe('EndpointPolicy', () => {
  const policy = new EndpointPolicy({
    allowedEndpoints: ['https://api.example.com/v1', 'http://bi.internal:8080'],
    allowPrivateHosts: ['bi.internal:8080', 'Db.Internal'],
  });

  it.each([
    ['https://api.example.com/v1', true],
    ['https://api.example.com/v1/tables?page=2', true],
    ['https://api.example.com:443/v1/x', true],
    ['https://api.example.com/v10', false],
    ['https://api.example.com/v1/../admin', false],
    ['https://api.example.com/admin', false],
    ['http://api.example.com/v1', false],
    ['https://api.example.com:8443/v1', false],
    ['https://evil.example.com/v1', false],
    ['https://api.example.com.evil.com/v1', false],
    ['http://bi.internal:8080/anything', true],
    ['http://bi.internal/anything', false],
  ])('%s allowed: %s', (url, allowed) => {
    expect(policy.isAllowed(new URL(url))).toBe(allowed);
  });

  it('allows private addresses only for the exact host or host:port an admin named', () => {
    expect(policy.isPrivateAllowed(new URL('http://bi.internal:8080/x'))).toBe(true);
    expect(policy.isPrivateAllowed(new URL('http://bi.internal:9090/x'))).toBe(false);
    expect(policy.isPrivateAllowed(new URL('http://db.internal:5000/x'))).toBe(true);
    expect(policy.isPrivateAllowed(new URL('https://api.example.com/v1'))).toBe(false);
  });

  it('refuses prefixes that are not http(s) URLs or carry credentials', () => {
    expect(() => new EndpointPolicy({ allowedEndpoints: ['api.example.com'] })).toThrow(/is not a URL/);
    expect(() => new EndpointPolicy({ allowedEndpoints: ['ftp://x.com'] })).toThrow(/must be http or https/);
    expect(() => new EndpointPolicy({ allowedEndpoints: ['https://u:p@x.com'] })).toThrow(/credentials/);
  });
});

describe('redactUrl', () => {
  it('drops user info and the values of secret-looking query parameters', () => {
    expect(
      redactUrl('https://ann:pw@api.example.com/x?page=2&access_token=abc&api_key=k&X-Amz-Signature=s'),
    ).toBe(
      'https://api.example.com/x?page=2&access_token=REDACTED&api_key=REDACTED&X-Amz-Signature=REDACTED',
    );
    expect(redactUrl('not a url')).toBe('(not a URL)');
  });
});
