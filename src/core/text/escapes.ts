/** Whether the character at `i` follows an odd run of backslashes: an escaped one, in a quoted YAML or TOML string. */
export function escapedAt(text: string, i: number): boolean {
  let n = 0;
  while (i - n - 1 >= 0 && text.charCodeAt(i - n - 1) === 0x5c) n++;
  return n % 2 === 1;
}
