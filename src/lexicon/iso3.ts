/**
 * ISO 3166-1 alpha-3 codes for every state in countries.ts, keyed by its alpha-2 code (EG → EGY),
 * in the same order. CAMEO actor codes start with the alpha-3 code of a state (SAUGOV, EGYMIL).
 *
 * Source: the ISO 3166-1 table shipped by Debian's iso-codes package (iso_3166-1.json). Kosovo has
 * no ISO code: XK/XKX are the user-assigned codes the EU, the IMF and CAMEO coders use for it.
 */
export const ISO3: Readonly<Record<string, string>> = {
  EG: 'EGY', SA: 'SAU', AE: 'ARE', QA: 'QAT', KW: 'KWT', BH: 'BHR', OM: 'OMN', YE: 'YEM', IQ: 'IRQ', SY: 'SYR',
  LB: 'LBN', JO: 'JOR', PS: 'PSE', LY: 'LBY', TN: 'TUN', DZ: 'DZA', MA: 'MAR', MR: 'MRT', SD: 'SDN', SO: 'SOM',
  DJ: 'DJI', KM: 'COM', IL: 'ISR', IR: 'IRN', TR: 'TUR', CY: 'CYP', AF: 'AFG', PK: 'PAK', AM: 'ARM', AZ: 'AZE',
  GE: 'GEO', KZ: 'KAZ', KG: 'KGZ', TJ: 'TJK', TM: 'TKM', UZ: 'UZB', IN: 'IND', BD: 'BGD', LK: 'LKA', NP: 'NPL',
  BT: 'BTN', MV: 'MDV', CN: 'CHN', JP: 'JPN', KR: 'KOR', KP: 'PRK', MN: 'MNG', TW: 'TWN', ID: 'IDN', MY: 'MYS',
  SG: 'SGP', TH: 'THA', VN: 'VNM', KH: 'KHM', LA: 'LAO', MM: 'MMR', PH: 'PHL', BN: 'BRN', TL: 'TLS', GB: 'GBR',
  FR: 'FRA', DE: 'DEU', IT: 'ITA', ES: 'ESP', PT: 'PRT', NL: 'NLD', BE: 'BEL', LU: 'LUX', CH: 'CHE', AT: 'AUT',
  IE: 'IRL', IS: 'ISL', DK: 'DNK', NO: 'NOR', SE: 'SWE', FI: 'FIN', EE: 'EST', LV: 'LVA', LT: 'LTU', PL: 'POL',
  CZ: 'CZE', SK: 'SVK', HU: 'HUN', RO: 'ROU', BG: 'BGR', GR: 'GRC', MT: 'MLT', SI: 'SVN', HR: 'HRV', BA: 'BIH',
  RS: 'SRB', ME: 'MNE', MK: 'MKD', AL: 'ALB', XK: 'XKX', MD: 'MDA', UA: 'UKR', BY: 'BLR', RU: 'RUS', AD: 'AND',
  MC: 'MCO', SM: 'SMR', LI: 'LIE', VA: 'VAT', EH: 'ESH', ET: 'ETH', ER: 'ERI', SS: 'SSD', KE: 'KEN', UG: 'UGA',
  TZ: 'TZA', RW: 'RWA', BI: 'BDI', CD: 'COD', CG: 'COG', GA: 'GAB', CM: 'CMR', CF: 'CAF', TD: 'TCD', NE: 'NER',
  NG: 'NGA', ML: 'MLI', BF: 'BFA', SN: 'SEN', GM: 'GMB', GN: 'GIN', GW: 'GNB', GQ: 'GNQ', SL: 'SLE', LR: 'LBR',
  CI: 'CIV', GH: 'GHA', TG: 'TGO', BJ: 'BEN', CV: 'CPV', ST: 'STP', AO: 'AGO', ZM: 'ZMB', ZW: 'ZWE', MW: 'MWI',
  MZ: 'MOZ', MG: 'MDG', MU: 'MUS', SC: 'SYC', ZA: 'ZAF', NA: 'NAM', BW: 'BWA', LS: 'LSO', SZ: 'SWZ', US: 'USA',
  CA: 'CAN', MX: 'MEX', GT: 'GTM', BZ: 'BLZ', HN: 'HND', SV: 'SLV', NI: 'NIC', CR: 'CRI', PA: 'PAN', CU: 'CUB',
  HT: 'HTI', DO: 'DOM', JM: 'JAM', BS: 'BHS', BB: 'BRB', TT: 'TTO', GD: 'GRD', DM: 'DMA', LC: 'LCA', VC: 'VCT',
  KN: 'KNA', AG: 'ATG', CO: 'COL', VE: 'VEN', GY: 'GUY', SR: 'SUR', EC: 'ECU', PE: 'PER', BO: 'BOL', BR: 'BRA',
  PY: 'PRY', UY: 'URY', AR: 'ARG', CL: 'CHL', AU: 'AUS', NZ: 'NZL', PG: 'PNG', FJ: 'FJI', SB: 'SLB', VU: 'VUT',
  WS: 'WSM', TO: 'TON', TV: 'TUV', KI: 'KIR', NR: 'NRU', MH: 'MHL', FM: 'FSM', PW: 'PLW',
};

/** The ISO 3166-1 alpha-3 code of a state given its alpha-2 code (eg → EGY), or undefined if unknown. */
export function iso3Of(alpha2: string): string | undefined {
  return Object.hasOwn(ISO3, alpha2.toUpperCase()) ? ISO3[alpha2.toUpperCase()] : undefined;
}
