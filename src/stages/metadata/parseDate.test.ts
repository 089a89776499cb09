import { describe, expect, it } from 'vitest';
import { parseDate, parseWholeDate } from './parseDate.js';

describe('dates', () => {
  it('read ISO dates and timestamps as written, and refuse days that do not exist', () => {
    expect(parseWholeDate('2023-06-19')).toBe('2023-06-19');
    expect(parseWholeDate('2025-04-18T16:50:25-04:00')).toBe('2025-04-18');
    expect(parseWholeDate('2023-13-45')).toBeNull();
    expect(parseWholeDate('2023-02-29')).toBeNull();
    expect(parseWholeDate('2024-02-29')).toBe('2024-02-29');
  });

  it('read written dates, and only whole dates as a field', () => {
    expect(parseWholeDate('June 19, 2023')).toBe('2023-06-19');
    expect(parseWholeDate('19 June 2023')).toBe('2023-06-19');
    expect(parseWholeDate('June 2023')).toBeNull();
    expect(parseWholeDate('not a date')).toBeNull();
    expect(parseDate('Published on Monday, March 14, 2022 by the Office')).toBe('2022-03-14');
  });
});
