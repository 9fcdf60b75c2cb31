/** The two halves of a UTF-16 surrogate pair: offsets and ranges must never fall between them. */
export const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
export const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
