/**
 * Phone numbers: the mainland-mobile check and the masks live once in shared-types (the BFF masks
 * other people's numbers with the same function). The owner gets the full number from the BFF and
 * the screen still masks it, since phones are shown in public places.
 */
export { isMainlandMobile, maskPhone } from '@gongfu/shared-types/domain/phone';
