window.__THAR_CONFIG = {
  "userInfo": {
    "accountId": "1402231456789012480",
    "userName": "MsWhitfield4th",
    "displayName": "Ms. Whitfield"
  },
  "archiveInfo": {
    "sizeBytes": "48213",
    "generationDate": "2023-12-01T10:11:12.000Z",
    "isPartialArchive": false,
    "maxPartSizeBytes": "53687091200"
  }
}