import { describe, expect, it } from 'vitest';
import { redactUrl } from './redactUrl.js';

describe('redactUrl', () => {
  it('shows a PostgreSQL URL without its password, wherever it is written', () => {
    expect(redactUrl('postgres://bob:s3cr%40t@db.example:5432/readout')).toBe('postgres://bob@db.example:5432/readout');
    expect(redactUrl('postgresql://bob@host/db?password=s3cret&sslmode=require')).toBe('postgresql://bob@host/db?sslmode=require');
    expect(redactUrl('postgres://host/db')).toBe('postgres://host/db');
    expect(redactUrl('postgres://b b:s3cret@bad host/db')).toBe('postgres://…@bad host/db');
  });
});
