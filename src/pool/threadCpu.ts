import { readFileSync } from 'node:fs';

/** CPU time of the calling thread (user + system), in ms; NaN where /proc/thread-self is missing (not Linux). */
export function threadCpuMs(): number {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
  } catch {
    return NaN;
  }
}
