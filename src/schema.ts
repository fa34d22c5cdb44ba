/**
 * The JSON Schema of khulasa's output: the shared contract (version 1) plus khulasa's own fields.
 * Printed by `khulasa schema`; tests validate real outputs against it.
 */
export const SUMMARY_SCHEMA = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://github.com/khulasa/khulasa/schema/summary.schema.json",
  "title": "khulasa article summary (JSON output contract, version 1, with khulasa extensions)",
  "description": "The minimum that `--format json` prints for one article. Implementations may add fields; they may not remove, rename or retype these. All offsets are UTF-16 code-unit offsets (JavaScript string indices) into the article text as decoded (after any byte-order mark is dropped), so text.slice(start, end) is the evidence.",
  "type": "object",
  "required": [
    "schemaVersion",
    "participants",
    "meetings",
    "positions",
    "resolutions"
  ],
  "properties": {
    "schemaVersion": {
      "const": 1
    },
    "participants": {
      "description": "Everyone who took part in a meeting, talks, call or visit that the article reports: named persons, or an organisation/country/delegation where no person is named for that side. People who are only mentioned (a spokesman quoted, a leader referred to) are not participants.",
      "type": "array",
      "items": {
        "type": "object",
        "required": [
          "name",
          "aliases",
          "kind",
          "role",
          "country",
          "organization"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "Canonical (longest full) name as written in the article."
          },
          "aliases": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Other surface forms that refer to the same participant in this article (e.g. the surname alone)."
          },
          "kind": {
            "enum": [
              "person",
              "organization",
              "country"
            ]
          },
          "role": {
            "type": [
              "string",
              "null"
            ],
            "description": "Title or function as written, e.g. وزير الخارجية."
          },
          "country": {
            "type": [
              "string",
              "null"
            ],
            "pattern": "^[A-Z]{2}$",
            "description": "ISO 3166-1 alpha-2 code of the country the participant represents, or null."
          },
          "organization": {
            "type": [
              "string",
              "null"
            ],
            "description": "Organisation represented (as written), e.g. جامعة الدول العربية, or null."
          },
          "roles": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Every title form the article uses for this participant."
          },
          "start": {
            "type": "integer",
            "minimum": 0
          },
          "end": {
            "type": "integer",
            "minimum": 0
          },
          "mentions": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "start",
                "end"
              ],
              "properties": {
                "start": {
                  "type": "integer",
                  "minimum": 0
                },
                "end": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            },
            "description": "Every mention linked to this participant."
          },
          "affiliationSource": {
            "enum": [
              "stated",
              "known",
              "inferred",
              null
            ],
            "description": "Where country/organization came from: stated by the text, known from the known-actor list (office held in the article's year), or inferred from the article's structure; null when there is neither."
          },
          "rules": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "The ids of the rules that made or changed this item, the one that made it first (khulasa --explain shows them; README, Rules)."
          }
        }
      }
    },
    "meetings": {
      "type": "array",
      "items": {
        "type": "object",
        "required": [
          "participants",
          "location",
          "date"
        ],
        "properties": {
          "participants": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Canonical names, each equal to some participants[].name."
          },
          "location": {
            "type": [
              "string",
              "null"
            ],
            "description": "Place as written, e.g. القاهرة."
          },
          "date": {
            "type": [
              "string",
              "null"
            ],
            "description": "Date expression as written, e.g. اليوم الثلاثاء."
          },
          "host": {
            "type": [
              "string",
              "null"
            ],
            "description": "The receiving side (استقبل), where the article says."
          },
          "kind": {
            "enum": [
              "meeting",
              "talks",
              "reception",
              "visit",
              "call",
              "summit",
              "conference"
            ]
          },
          "isoDate": {
            "type": [
              "string",
              "null"
            ],
            "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
          },
          "dateResolution": {
            "enum": [
              "day",
              "week",
              "month",
              null
            ],
            "description": "How much of the calendar isoDate pins down: the day, the week (isoDate is its Monday) or the month (its first day)."
          },
          "cue": {
            "type": "string"
          },
          "start": {
            "type": "integer",
            "minimum": 0
          },
          "end": {
            "type": "integer",
            "minimum": 0
          },
          "locationSpan": {
            "anyOf": [
              {
                "type": "object",
                "required": [
                  "start",
                  "end"
                ],
                "properties": {
                  "start": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "end": {
                    "type": "integer",
                    "minimum": 0
                  }
                }
              },
              {
                "type": "null"
              }
            ]
          },
          "dateSpan": {
            "anyOf": [
              {
                "type": "object",
                "required": [
                  "start",
                  "end"
                ],
                "properties": {
                  "start": {
                    "type": "integer",
                    "minimum": 0
                  },
                  "end": {
                    "type": "integer",
                    "minimum": 0
                  }
                }
              },
              {
                "type": "null"
              }
            ]
          },
          "rules": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "The ids of the rules that made or changed this item, the one that made it first (khulasa --explain shows them; README, Rules)."
          }
        }
      }
    },
    "positions": {
      "description": "Stated positions: what a named holder said, stressed, called for, warned of, rejected, welcomed... Direct quotes and reported speech.",
      "type": "array",
      "items": {
        "type": "object",
        "required": [
          "holder",
          "statement",
          "start",
          "end"
        ],
        "properties": {
          "holder": {
            "type": [
              "string",
              "null"
            ],
            "description": "Canonical name of who holds the position (a participant's name where it is one), or null if unknown."
          },
          "statement": {
            "type": "string",
            "minLength": 1,
            "description": "The content of the position, as written."
          },
          "cue": {
            "type": [
              "string",
              "null"
            ],
            "description": "The reporting word, e.g. أكد, شدد, حسبما صرح."
          },
          "quote": {
            "type": "boolean",
            "description": "True where the statement is in quotation marks."
          },
          "start": {
            "type": "integer",
            "minimum": 0
          },
          "end": {
            "type": "integer",
            "minimum": 0
          },
          "stance": {
            "enum": [
              "assert",
              "call",
              "warn",
              "reject",
              "condemn",
              "welcome",
              "praise",
              "inform",
              "deny",
              "express"
            ]
          },
          "via": {
            "type": [
              "string",
              "null"
            ],
            "description": "Who reported the position (spokesman, statement, agency), apart from the holder."
          },
          "rule": {
            "type": "string",
            "description": "The rule that made the position, with how its holder was found (kept for compatibility; see rules)."
          },
          "rules": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "The ids of the rules that made or changed this item, the one that made it first (khulasa --explain shows them; README, Rules)."
          }
        }
      }
    },
    "resolutions": {
      "type": "array",
      "items": {
        "type": "object",
        "required": [
          "body",
          "number",
          "text",
          "start",
          "end"
        ],
        "properties": {
          "body": {
            "enum": [
              "UNSC",
              "UNGA",
              "UNHRC",
              "ARAB_LEAGUE",
              "OTHER",
              null
            ],
            "description": "Issuing body; null where the article does not say and it cannot be inferred."
          },
          "number": {
            "type": "string",
            "pattern": "^[0-9]+(/[0-9]+)?$",
            "description": "Resolution number in ASCII digits, e.g. 2254 or 194/3."
          },
          "year": {
            "type": [
              "integer",
              "null"
            ]
          },
          "text": {
            "type": "string",
            "description": "First mention as written."
          },
          "start": {
            "type": "integer",
            "minimum": 0
          },
          "end": {
            "type": "integer",
            "minimum": 0
          },
          "symbol": {
            "type": [
              "string",
              "null"
            ],
            "description": "UN document symbol where known, e.g. S/RES/2254 (2015)."
          },
          "subject": {
            "type": [
              "string",
              "null"
            ]
          },
          "mentions": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "start",
                "end"
              ],
              "properties": {
                "start": {
                  "type": "integer",
                  "minimum": 0
                },
                "end": {
                  "type": "integer",
                  "minimum": 0
                }
              }
            }
          },
          "rules": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "The ids of the rules that made or changed this item, the one that made it first (khulasa --explain shows them; README, Rules)."
          }
        }
      }
    },
    "warnings": {
      "type": "array",
      "items": {
        "type": "string"
      }
    },
    "source": {
      "type": "string",
      "description": "The input this summary is of (file name or record id), in multi-input output."
    },
    "referenceDate": {
      "description": "The day relative dates (أمس، الثلاثاء الماضي) were read against, and where it came from: --date (option), an NDJSON record's --date-field (record), the web page's metadata (page), or the dateline at the article's top (dateline).",
      "anyOf": [
        {
          "type": "object",
          "required": [
            "date",
            "source"
          ],
          "properties": {
            "date": {
              "type": "string",
              "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
            },
            "source": {
              "enum": [
                "option",
                "record",
                "page",
                "dateline"
              ]
            }
          }
        },
        {
          "type": "null"
        }
      ]
    },
    "document": {
      "description": "For a web page: the article as extracted (text: every offset in this summary points into it) and the page's own metadata.",
      "type": "object",
      "required": [
        "title",
        "published",
        "url",
        "siteName",
        "text"
      ],
      "properties": {
        "title": {
          "type": [
            "string",
            "null"
          ]
        },
        "published": {
          "type": [
            "string",
            "null"
          ],
          "description": "Publication time as the page gives it (JSON-LD datePublished, article:published_time, <time datetime>…)."
        },
        "url": {
          "type": [
            "string",
            "null"
          ]
        },
        "siteName": {
          "type": [
            "string",
            "null"
          ]
        },
        "text": {
          "type": "string"
        }
      }
    }
  },
  "$defs": {
    "errorRecord": {
      "description": "An NDJSON output line for an input that could not be summarised (--format ndjson): it stands in the input's place, in order.",
      "type": "object",
      "required": [
        "source",
        "error"
      ],
      "additionalProperties": false,
      "properties": {
        "source": {
          "type": "string",
          "description": "The record id (always a string), the file name, or name:line where the record has no id."
        },
        "error": {
          "type": "object",
          "required": [
            "code",
            "message"
          ],
          "additionalProperties": false,
          "properties": {
            "code": {
              "enum": [
                "BAD_JSON",
                "NOT_OBJECT",
                "NO_TEXT",
                "TEXT_NOT_STRING",
                "EMPTY",
                "BLANK",
                "BAD_ENCODING",
                "BINARY",
                "TOO_LARGE",
                "NOT_FOUND",
                "IS_DIRECTORY",
                "NO_PERMISSION",
                "READ_FAILED",
                "INTERNAL"
              ]
            },
            "message": {
              "type": "string"
            }
          }
        }
      }
    },
    "record": {
      "description": "One line of --format ndjson output: a summary with its source, or an error record. Validate NDJSON lines against this definition.",
      "anyOf": [
        {
          "allOf": [
            {
              "$ref": "#"
            },
            {
              "required": [
                "source"
              ]
            }
          ]
        },
        {
          "$ref": "#/$defs/errorRecord"
        }
      ]
    }
  }
} as const;
