/* Generated from custom-elements.json and src/builder/options.json by scripts/manifest.mjs: do not edit. */
window.swvElementsBlocks = {
 "attributes": {
  "code": {
   "name": "code",
   "key": "code",
   "boolean": false,
   "words": {
    "nl": {
     "label": "Code van het samenwerkingsverband",
     "help": "Bijvoorbeeld PO2604 of VO2604."
    },
    "en": {
     "label": "Partnership code",
     "help": "For example PO2604 or VO2604."
    }
   }
  },
  "sector": {
   "name": "sector",
   "key": "sector",
   "boolean": false,
   "words": {
    "nl": {
     "label": "Soort onderwijs",
     "help": ""
    },
    "en": {
     "label": "Kind of school",
     "help": ""
    }
   },
   "choices": [
    {
     "value": "",
     "words": {
      "nl": "Beide",
      "en": "Both"
     }
    },
    {
     "value": "po",
     "words": {
      "nl": "Basisonderwijs (po)",
      "en": "Primary (po)"
     }
    },
    {
     "value": "vo",
     "words": {
      "nl": "Voortgezet onderwijs (vo)",
      "en": "Secondary (vo)"
     }
    }
   ]
  },
  "lang": {
   "name": "lang",
   "key": "lang",
   "boolean": false,
   "words": {
    "nl": {
     "label": "Taal",
     "help": "Leeg: de taal van de pagina."
    },
    "en": {
     "label": "Language",
     "help": "Empty: the language of the page."
    }
   },
   "choices": [
    {
     "value": "",
     "words": {
      "nl": "Taal van de pagina",
      "en": "Language of the page"
     }
    },
    {
     "value": "nl",
     "words": {
      "nl": "Nederlands",
      "en": "Dutch"
     }
    },
    {
     "value": "en",
     "words": {
      "nl": "Engels",
      "en": "English"
     }
    },
    {
     "value": "ar",
     "words": {
      "nl": "Arabisch",
      "en": "Arabic"
     }
    },
    {
     "value": "tr",
     "words": {
      "nl": "Turks",
      "en": "Turkish"
     }
    },
    {
     "value": "pl",
     "words": {
      "nl": "Pools",
      "en": "Polish"
     }
    },
    {
     "value": "uk",
     "words": {
      "nl": "Oekraïens",
      "en": "Ukrainian"
     }
    }
   ]
  },
  "dir": {
   "name": "dir",
   "key": "dir",
   "boolean": false,
   "words": {
    "nl": {
     "label": "Schrijfrichting",
     "help": "Meestal leeg laten: de taal bepaalt de richting."
    },
    "en": {
     "label": "Writing direction",
     "help": "Usually empty: the language decides."
    }
   },
   "choices": [
    {
     "value": "",
     "words": {
      "nl": "Zoals de taal",
      "en": "As the language"
     }
    },
    {
     "value": "ltr",
     "words": {
      "nl": "Van links naar rechts",
      "en": "Left to right"
     }
    },
    {
     "value": "rtl",
     "words": {
      "nl": "Van rechts naar links",
      "en": "Right to left"
     }
    }
   ]
  },
  "src": {
   "name": "src",
   "key": "src",
   "boolean": false,
   "words": {
    "nl": {
     "label": "Eigen gegevensbestand (URL)",
     "help": "Leeg: de gegevens die bij de plug-in horen."
    },
    "en": {
     "label": "Own data file (URL)",
     "help": "Empty: the data that comes with the plugin."
    }
   }
  },
  "heading-level": {
   "name": "heading-level",
   "key": "headingLevel",
   "boolean": false,
   "words": {
    "nl": {
     "label": "Niveau van de kop",
     "help": "Past bij de koppen op uw pagina. Meestal 2."
    },
    "en": {
     "label": "Heading level",
     "help": "Fits the headings of your page. Usually 2."
    }
   },
   "choices": [
    {
     "value": "",
     "words": {
      "nl": "Standaard (2)",
      "en": "Default (2)"
     }
    },
    {
     "value": "1",
     "words": {
      "nl": "1",
      "en": "1"
     }
    },
    {
     "value": "2",
     "words": {
      "nl": "2",
      "en": "2"
     }
    },
    {
     "value": "3",
     "words": {
      "nl": "3",
      "en": "3"
     }
    },
    {
     "value": "4",
     "words": {
      "nl": "4",
      "en": "4"
     }
    },
    {
     "value": "5",
     "words": {
      "nl": "5",
      "en": "5"
     }
    },
    {
     "value": "6",
     "words": {
      "nl": "6",
      "en": "6"
     }
    }
   ]
  },
  "loading": {
   "name": "loading",
   "key": "loading",
   "boolean": false,
   "words": {
    "nl": {
     "label": "Wanneer laden",
     "help": ""
    },
    "en": {
     "label": "When to load",
     "help": ""
    }
   },
   "choices": [
    {
     "value": "",
     "words": {
      "nl": "Meteen (standaard)",
      "en": "At once (default)"
     }
    },
    {
     "value": "eager",
     "words": {
      "nl": "Meteen",
      "en": "At once"
     }
    },
    {
     "value": "lazy",
     "words": {
      "nl": "Pas als het in beeld komt",
      "en": "When it comes into view"
     }
    }
   ]
  },
  "school": {
   "name": "school",
   "key": "school",
   "boolean": false,
   "words": {
    "nl": {
     "label": "Code van de school (BRIN)",
     "help": "Bijvoorbeeld 03RK of 03RK00. Toont het samenwerkingsverband van de school."
    },
    "en": {
     "label": "School code (BRIN)",
     "help": "For example 03RK or 03RK00. Shows the school's partnership."
    }
   }
  },
  "postcode": {
   "name": "postcode",
   "key": "postcode",
   "boolean": false,
   "words": {
    "nl": {
     "label": "Postcode",
     "help": "Vier cijfers, of cijfers en letters: 3442 of 3442 XH."
    },
    "en": {
     "label": "Postcode",
     "help": "Four digits, or digits and letters: 3442 or 3442 XH."
    }
   }
  },
  "municipality": {
   "name": "municipality",
   "key": "municipality",
   "boolean": false,
   "words": {
    "nl": {
     "label": "Gemeente",
     "help": "Bijvoorbeeld Woerden."
    },
    "en": {
     "label": "Municipality",
     "help": "For example Woerden."
    }
   }
  },
  "hash-param": {
   "name": "hash-param",
   "key": "hashParam",
   "boolean": false,
   "words": {
    "nl": {
     "label": "Zoekvraag in het adres van de pagina",
     "help": "Een naam, bijvoorbeeld swv. Dan kunt u een antwoord delen als link. Leeg: uit."
    },
    "en": {
     "label": "Query in the page address",
     "help": "A name, for example swv, so an answer can be shared as a link. Empty: off."
    }
   }
  },
  "for": {
   "name": "for",
   "key": "for",
   "boolean": false,
   "words": {
    "nl": {
     "label": "Toon de keuze in het blok met id",
     "help": "Het id van een swv-card op dezelfde pagina. Die toont wat de lezer op de kaart kiest."
    },
    "en": {
     "label": "Show the choice in the block with id",
     "help": "The id of an swv-card on the same page, which shows what the reader chooses on the map."
    }
   }
  },
  "codes": {
   "name": "codes",
   "key": "codes",
   "boolean": false,
   "words": {
    "nl": {
     "label": "Alleen deze codes",
     "help": "Codes met een komma ertussen: PO2604, VO2604."
    },
    "en": {
     "label": "Only these codes",
     "help": "Codes separated by commas: PO2604, VO2604."
    }
   }
  },
  "searchable": {
   "name": "searchable",
   "key": "searchable",
   "boolean": true,
   "words": {
    "nl": {
     "label": "Met zoekveld",
     "help": "Lezers kunnen de lijst korter maken door te typen."
    },
    "en": {
     "label": "With a search field",
     "help": "Readers can narrow the list by typing."
    }
   }
  },
  "group-by": {
   "name": "group-by",
   "key": "groupBy",
   "boolean": false,
   "words": {
    "nl": {
     "label": "Groeperen",
     "help": "Per provincie: een kop per provincie."
    },
    "en": {
     "label": "Group",
     "help": "By province: a heading per province."
    }
   },
   "choices": [
    {
     "value": "",
     "words": {
      "nl": "Niet groeperen",
      "en": "Do not group"
     }
    },
    {
     "value": "province",
     "words": {
      "nl": "Per provincie",
      "en": "By province"
     }
    }
   ]
  },
  "layout": {
   "name": "layout",
   "key": "layout",
   "boolean": false,
   "words": {
    "nl": {
     "label": "Weergave",
     "help": "Een regel per samenwerkingsverband is handig voor een lange lijst."
    },
    "en": {
     "label": "Layout",
     "help": "One line per partnership suits a long list."
    }
   },
   "choices": [
    {
     "value": "",
     "words": {
      "nl": "Standaard (kaarten)",
      "en": "Default (cards)"
     }
    },
    {
     "value": "cards",
     "words": {
      "nl": "Kaarten: alles per samenwerkingsverband",
      "en": "Cards: everything per partnership"
     }
    },
    {
     "value": "list",
     "words": {
      "nl": "Lijst: een regel per samenwerkingsverband",
      "en": "List: one line per partnership"
     }
    }
   ]
  }
 },
 "blocks": [
  {
   "name": "swv/opr-info",
   "tag": "opr-info",
   "words": {
    "nl": {
     "title": "Ondersteuningsplanraad (OPR)",
     "description": "Wat de OPR is en doet. Met een code ook de OPR van dat samenwerkingsverband."
    },
    "en": {
     "title": "Support plan council (OPR)",
     "description": "What the OPR is and does; with a code also that partnership's OPR."
    }
   },
   "oneOf": [],
   "attributes": [
    "code",
    "sector",
    "lang",
    "dir",
    "src",
    "heading-level",
    "loading"
   ]
  },
  {
   "name": "swv/card",
   "tag": "swv-card",
   "words": {
    "nl": {
     "title": "Kaart van één samenwerkingsverband",
     "description": "Alles over één samenwerkingsverband. U kiest het met een code, een school, een postcode of een gemeente."
    },
    "en": {
     "title": "Card of one partnership",
     "description": "Everything about one partnership, chosen by code, school, postcode or municipality."
    }
   },
   "oneOf": [
    "code",
    "school",
    "postcode",
    "municipality"
   ],
   "attributes": [
    "code",
    "school",
    "postcode",
    "municipality",
    "sector",
    "lang",
    "dir",
    "src",
    "heading-level",
    "loading"
   ]
  },
  {
   "name": "swv/finder",
   "tag": "swv-finder",
   "words": {
    "nl": {
     "title": "Zoek het samenwerkingsverband",
     "description": "Een zoekveld. Ouders typen een postcode, gemeente of school en zien het samenwerkingsverband."
    },
    "en": {
     "title": "Find the partnership",
     "description": "A search field: parents type a postcode, municipality or school and see the partnership."
    }
   },
   "oneOf": [],
   "attributes": [
    "sector",
    "hash-param",
    "lang",
    "dir",
    "src",
    "heading-level",
    "loading"
   ]
  },
  {
   "name": "swv/map",
   "tag": "swv-map",
   "words": {
    "nl": {
     "title": "Landkaart van de samenwerkingsverbanden",
     "description": "Een kaart van Nederland. Ouders kiezen hun gebied met de muis, een tik of het toetsenbord. Ook als lijst."
    },
    "en": {
     "title": "Map of the partnerships",
     "description": "A map of the Netherlands: parents choose their area with a mouse, a tap or the keyboard. Also as a list."
    }
   },
   "oneOf": [],
   "attributes": [
    "sector",
    "code",
    "postcode",
    "for",
    "loading",
    "lang",
    "dir",
    "src",
    "heading-level"
   ]
  },
  {
   "name": "swv/overview",
   "tag": "swv-overview",
   "words": {
    "nl": {
     "title": "Overzicht van samenwerkingsverbanden",
     "description": "Een lijst van samenwerkingsverbanden, bijvoorbeeld van één gemeente."
    },
    "en": {
     "title": "Overview of partnerships",
     "description": "A list of partnerships, for example of one municipality."
    }
   },
   "oneOf": [],
   "attributes": [
    "sector",
    "municipality",
    "postcode",
    "codes",
    "searchable",
    "group-by",
    "layout",
    "lang",
    "dir",
    "src",
    "heading-level",
    "loading"
   ]
  }
 ]
};
