/**
 * GTINs as a merchant types them from under a barcode: the check the BFF makes too (INVALID_GTIN,
 * BAD_CHECK_DIGIT) lives once in shared-types; saying it at the form spares an old shopkeeper a
 * round trip and says which digit to look at.
 */
export { checkGtin, gtinCheckDigit, type GtinCheck } from '@gongfu/shared-types/domain/gtin';
