import ipaddr from 'ipaddr.js';

/**
 * Cloud metadata services: refused even for a host an admin allowed, since no integration needs them and
 * they hand out the machine's own credentials (AWS/GCP/Azure/OpenStack, AWS IPv6, ECS, Alibaba).
 */
const METADATA_ADDRESSES = new Set(['169.254.169.254', 'fd00:ec2::254', '169.254.170.2', '100.100.100.200']);

/** Whether an integration may connect to `address`, and the range that decided it. */
export interface AddressVerdict {
  isAllowed: boolean;
  /** ipaddr.js's range name (`loopback`, `private`, `linkLocal`, `uniqueLocal`, ...), or `metadata`. */
  range: string;
}

/**
 * Classifies a resolved IP address. Only ordinary public unicast is allowed; everything else (loopback,
 * private, link-local, CGNAT, unique-local, multicast, unspecified, reserved, IPv6 forms that embed an IPv4
 * address) needs `isPrivateAllowed`, and metadata addresses are never allowed.
 */
export function classifyAddress(address: string, options: { isPrivateAllowed: boolean }): AddressVerdict {
  if (!ipaddr.isValid(address)) return { isAllowed: false, range: 'invalid' };
  let parsed = ipaddr.parse(address);
  // ::ffff:127.0.0.1 reaches 127.0.0.1: judge the IPv4 address inside.
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  const normalized = parsed.toString();
  if (METADATA_ADDRESSES.has(normalized)) return { isAllowed: false, range: 'metadata' };
  const range = parsed.range();
  return { isAllowed: range === 'unicast' || options.isPrivateAllowed, range };
}
