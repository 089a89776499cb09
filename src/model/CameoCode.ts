/** One CAMEO event code and what the tables in data/cameo say about it. */
export interface CameoCode {
  code: string;
  root: string;
  name: string;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad: number;
  goldstein: number;
  /** PLOVER event type; null for CAMEO 01 and 02, which PLOVER drops. */
  plover: string | null;
}
