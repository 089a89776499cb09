import { loadDataFile, type DataSource } from './loadDataFile.js';

const AND = /\s+and\s+/;
const REGEXP_SPECIALS = /[.*+?^${}()|[\]\\]/g;
const SEPARATOR = /[,;|–—]/;
const SEPARATORS = /\s*[,;|–—]\s*/;

export interface Publisher {
  name: string;
  country: string;
  aliases: string[];
  domains: string[];
}

/** Missions abroad named as co-publishers ("British Embassy Caracas"): an optional owner, then a mission noun. */
export interface MissionWords {
  owners: string[];
  nouns: string[];
}

interface PublishersFile {
  version: 1;
  publishers: Publisher[];
  missions?: MissionWords;
}

function key(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Publishers by every name they go by and by web domain, compiled once. */
export class PublisherIndex {
  private readonly byName = new Map<string, Publisher>();
  private readonly byDomain = new Map<string, Publisher>();
  /** "British Embassy Caracas", "UK Mission to the UN": an office that is a mission abroad. */
  private readonly mission: RegExp;

  constructor(publishers: readonly Publisher[], missions: MissionWords = { owners: [], nouns: [] }) {
    const alternatives = (words: readonly string[]) => words.map((w) => w.replace(REGEXP_SPECIALS, '\\$&')).join('|');
    this.mission = missions.nouns.length ? new RegExp(`^(?:(?:${alternatives(missions.owners)}) )?(?:${alternatives(missions.nouns)})\\b`) : /(?!)/;
    for (const p of publishers) {
      for (const n of [p.name, ...p.aliases]) this.byName.set(key(n), p);
      for (const d of p.domains) this.byDomain.set(d, p);
    }
  }

  /** The publisher a whole line names ("U.S. Department of State"), if any. */
  byLine(line: string): Publisher | undefined {
    if (line.length > 120) return undefined;
    return this.byName.get(key(line));
  }

  /**
   * The publisher a name given as metadata means: the whole name, or for one that joins an office
   * to its department ("U.S. Department of State, Office of the Spokesperson") the first known part.
   */
  named(name: string): Publisher | undefined {
    const whole = this.byLine(name);
    if (whole || name.length > 120) return whole;
    // GOV.UK's "from" line joins the offices with "and": "Foreign, Commonwealth & Development Office
    // and British Embassy Caracas".
    // Not "Department of Justice and Equality": each office joined must be known or an embassy.
    const offices = name.split(AND);
    if (offices.length > 1 && offices.every((office) => this.byLine(office) || this.mission.test(office))) {
      for (const office of offices) {
        const p = this.byLine(office);
        if (p) return p;
      }
    }
    if (!SEPARATOR.test(name)) return undefined;
    for (const part of name.split(SEPARATORS)) {
      const p = this.byName.get(key(part));
      if (p) return p;
    }
    return undefined;
  }

  /** The publisher of a page at this URL, matching the host or any parent domain. */
  byUrl(url: string): Publisher | undefined {
    let host: string;
    try {
      host = new URL(url).hostname.toLowerCase();
    } catch {
      return undefined;
    }
    for (let h = host.replace(/^www\./, ''); h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
      const p = this.byDomain.get(h);
      if (p) return p;
    }
    return undefined;
  }

  /** The canonical name for a publisher given in input metadata, or the input as written. */
  canonical(name: string): string {
    return this.named(name)?.name ?? name.trim();
  }
}

export function loadPublishers(dataDir: DataSource): PublisherIndex {
  const file = loadDataFile<PublishersFile>(dataDir, 'publishers.yaml', 'publishers.schema.json');
  return new PublisherIndex(file.publishers, file.missions);
}
