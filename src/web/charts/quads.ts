/** CAMEO's quad classes, in their order, with the colours every chart and highlight uses. */
export const QUADS = [
  { quad: 1, label: 'Verbal cooperation', color: '#2f6fb3' },
  { quad: 2, label: 'Material cooperation', color: '#2e8b57' },
  { quad: 3, label: 'Verbal conflict', color: '#d9822b' },
  { quad: 4, label: 'Material conflict', color: '#c23b3b' },
] as const;
