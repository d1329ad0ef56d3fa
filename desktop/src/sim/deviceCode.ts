import { formatDeviceCode } from '@keliling/domain';

/**
 * The 4-symbol receipt device code, derived from the device's nodeId (the contract's enrollment response carries
 * no device code yet). 20 bits of a random 64-bit id: distinct devices collide with probability about
 * n²/2²¹ (≈0.5% for 100 devices of one deployment), so the server should hand out codes; see the report.
 */
export function deviceCodeFromNodeId(nodeId: string): string {
  // 5 hex digits = 20 bits = exactly the 4 base32 symbols of a device code.
  if (!/^[0-9a-f]{16}$/.test(nodeId)) throw new RangeError(`not a nodeId: ${nodeId}`);
  return formatDeviceCode(Number.parseInt(nodeId.slice(0, 5), 16));
}
