"""Names of products, programmes and credentials typed in a hurry in lower case ('xero + sage', 'after effects
and lottie', 'red seal interprovincial'), written as their owners write them.

Only names that are no ordinary English phrase in lower case are written out wherever they stand ('xero',
'after effects' beside no other word of a sentence's); a name that is also an ordinary word ('sage', 'word',
'teams', 'spark') is written as a name only beside another product's name in the same topic ('xero + sage').

    >>> as_named("xero + sage")
    'Xero + Sage'
    >>> as_named("sage and onion stuffing")
    'sage and onion stuffing'
"""

from __future__ import annotations

import re

# Names no English phrase shares, as their owners write them.
_NAMES = """Xero MYOB QuickBooks FreeAgent Kashflow NetSuite Salesforce HubSpot Zendesk Freshdesk Jira Trello
Asana Figma Canva AutoCAD Revit SolidWorks SketchUp ArcGIS QGIS MATLAB Tableau PowerPoint Photoshop InDesign
Lightroom Procreate Lottie Kubernetes Terraform Ansible GitHub GitLab Bitbucket PostgreSQL MySQL MongoDB
Databricks JavaScript TypeScript Django Laravel WordPress Shopify Magento WooCommerce Mailchimp Hootsuite
BambooHR SuccessFactors Kinaxis Cerner Meditech EMIS SystmOne Dentrix Versant NICEIC Zoho Xamarin Kotlin
Red_Seal Ryder_Cup After_Effects Premiere_Pro Power_BI Final_Cut_Pro Pro_Tools Logic_Pro Google_Analytics
Google_Ads Microsoft_Dynamics Sage_50 Cisco_Packet_Tracer""".split()
# Names that are ordinary words too, written as names only beside one of `_NAMES` or of each other.
_WORD_NAMES = """Sage Excel Word Outlook Teams Slack Notion Spark Unity Epic Oracle Python Java React Angular Docker
Kafka Looker Delphi Opera Workday Flutter Blender Illustrator Confluence Airflow Snowflake Intercom Jenkins""".split()

_SPELLING = {n.replace("_", " ").casefold(): n.replace("_", " ") for n in (*_NAMES, *_WORD_NAMES)}
_ALONE = re.compile(
    r"(?<![\w'’-])(?:"
    + "|".join(re.escape(n.replace("_", " ").casefold()) for n in sorted(_NAMES, key=len, reverse=True))
    + r")(?![\w'’-])"
)
_ANY = re.compile(
    r"(?<![\w'’-])(?:"
    + "|".join(re.escape(k) for k in sorted(_SPELLING, key=len, reverse=True))
    + r")(?![\w'’-])"
)


def as_named(text: str) -> str:
    """The text with the names in it typed in lower case written as their owners write them."""
    named = _ALONE.findall(text)
    if not named and len(_ANY.findall(text)) < 2:
        return text
    return _ANY.sub(lambda m: _SPELLING[m.group(0)], text)
