window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "4th grade teacher at Maple Grove Elementary. Coffee, field trips &amp; read-alouds. Views are my own.",
        "website" : "https://t.co/AbCdEf1234",
        "location" : "Maple Grove, NY"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1402231456789012480/aBcD_400x400.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1402231456789012480/1623154012"
    }
  }
]