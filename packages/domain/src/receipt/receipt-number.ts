import { z } from 'zod';
import { checkValue, foldCheck } from './check-symbol.js';
import { crockfordAlphabet, crockfordValue, decodeCrockford, encodeCrockford } from './crockford.js';

/**
 * Receipt numbers are made offline, so each is `service + device code + the device's own sequence`:
 * unique across devices with no coordination, since the server gives every enrolled device its own code.
 * Written `SIM-7K3D-000-1A1`: the service, then 10 base32 symbols in groups of 4-3-3 — 4 for the device,
 * 5 for the sequence (33 million receipts per device), 1 check symbol covering service and body.
 */
export const receiptServices = ['SIM', 'SKCK', 'LAP', 'ADU', 'IZN'] as const;
export type ReceiptService = (typeof receiptServices)[number];

export const deviceCodeLength = 4;
export const sequenceLength = 5;
export const maxReceiptSequence = 32 ** sequenceLength - 1;
export const maxDeviceNumber = 32 ** deviceCodeLength - 1;

const deviceCodePattern = new RegExp(`^[${crockfordAlphabet}]{${deviceCodeLength}}$`);

/** A device code: 4 upper-case Crockford base32 symbols, e.g. `7K3D`. */
export function isDeviceCode(s: string): boolean {
  return deviceCodePattern.test(s);
}

/** The device code for the n-th enrolled device (0 … 1,048,575), for the server to hand out. */
export function formatDeviceCode(n: number): string {
  return encodeCrockford(n, deviceCodeLength);
}

export type ReceiptParts = { service: ReceiptService; deviceCode: string; sequence: number };
export type ParsedReceipt = ReceiptParts & { ok: true; receiptNumber: string };
export type ReceiptFailure = { ok: false; code: 'invalid_receipt_number'; reason: 'format' | 'service' | 'check' };

function serviceValue(service: ReceiptService): number {
  return receiptServices.indexOf(service);
}

function isReceiptService(s: string): s is ReceiptService {
  return (receiptServices as readonly string[]).includes(s);
}

function format(service: ReceiptService, body: string): string {
  return `${service}-${body.slice(0, 4)}-${body.slice(4, 7)}-${body.slice(7)}`;
}

/** Makes a receipt number. Throws RangeError on an unknown service, a bad device code or sequence. */
export function makeReceiptNumber({ service, deviceCode, sequence }: ReceiptParts): string {
  if (!isReceiptService(service)) throw new RangeError(`Unknown service ${String(service)}`);
  if (!isDeviceCode(deviceCode)) throw new RangeError(`Device code must be 4 base32 symbols, got ${deviceCode}`);
  const data = deviceCode + encodeCrockford(sequence, sequenceLength);
  const values = [serviceValue(service), ...[...data].map(crockfordValue)];
  return format(service, data + crockfordAlphabet.charAt(checkValue(values)));
}

/**
 * Reads a receipt number as an officer or resident may type it: any case, hyphens or spaces anywhere,
 * I/L for 1 and O for 0. Returns the parts and the canonical form.
 */
export function parseReceiptNumber(input: string): ParsedReceipt | ReceiptFailure {
  const text = input.trim().toUpperCase();
  // No service name is a prefix of another, so the first match is the only one.
  const service = receiptServices.find((s) => text.startsWith(s));
  if (service === undefined) return fail(/^[A-Z]{3,4}[\s-]/.test(text) ? 'service' : 'format');
  const symbols = text.slice(service.length).replace(/[\s-]/g, '');
  const values = [...symbols].map(crockfordValue);
  if (symbols.length !== deviceCodeLength + sequenceLength + 1 || values.some((v) => v < 0)) return fail('format');
  if (foldCheck([serviceValue(service), ...values]) !== 0) return fail('check');
  const body = values.map((v) => crockfordAlphabet.charAt(v)).join('');
  return {
    ok: true,
    service,
    deviceCode: body.slice(0, deviceCodeLength),
    sequence: decodeCrockford(body.slice(deviceCodeLength, deviceCodeLength + sequenceLength)),
    receiptNumber: format(service, body),
  };
}

function fail(reason: ReceiptFailure['reason']): ReceiptFailure {
  return { ok: false, code: 'invalid_receipt_number', reason };
}

export function isValidReceiptNumber(s: string): boolean {
  return parseReceiptNumber(s).ok;
}

/** A receipt number as stored: canonical form only (the form canonicalises before writing). */
export function receiptNumberSchema(service: ReceiptService) {
  return z
    .string()
    .refine(
      (s) => {
        const parsed = parseReceiptNumber(s);
        return parsed.ok && parsed.service === service && parsed.receiptNumber === s;
      },
      { message: `Must be a ${service} receipt number such as ${service}-7K3D-000-1AX` },
    )
    .describe(`receipt number ${service}-XXXX-XXX-XXX`);
}
