window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "dwhitfield.teach@example.com",
      "createdVia" : "web",
      "username" : "MsWhitfield4th",
      "accountId" : "1402231456789012480",
      "createdAt" : "2021-06-08T12:03:44.000Z",
      "accountDisplayName" : "Ms. Whitfield"
    }
  }
]