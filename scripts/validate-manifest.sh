#!/usr/bin/env bash
# Validates manifest.xml offline against Microsoft's XSDs in ../shared/office-schemas
# (beside the clone, in CI too). `office-addin-manifest validate` needs the network; this does not.
#   bash scripts/validate-manifest.sh [manifest.xml]
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
manifest="${1:-$repo/manifest.xml}"
schemas="${BIEU_OFFICE_SCHEMAS:-$repo/../shared/office-schemas}"
if ! command -v xmllint >/dev/null 2>&1; then
  echo "xmllint không có trên máy: cài bằng 'apt-get install -y libxml2-utils' (xmllint is missing)." >&2
  exit 2
fi
if [ ! -f "$schemas/OfficeAppManifestV1_1.xsd" ]; then
  echo "Không tìm thấy lược đồ XSD ở $schemas (expected ../shared/office-schemas beside the clone; set BIEU_OFFICE_SCHEMAS)." >&2
  exit 2
fi
xmllint --noout --schema "$schemas/OfficeAppManifestV1_1.xsd" "$manifest"
