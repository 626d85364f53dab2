window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1712345678901234567"
          ],
          "editableUntil" : "2023-10-12T13:44:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "MapleGroveProud",
            "indices" : [
              "100",
              "116"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "3",
      "id_str" : "1712345678901234567",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1712345678901234567",
      "created_at" : "Thu Oct 12 12:44:50 +0000 2023",
      "favorited" : false,
      "full_text" : "Pumpkin patch field trip today! 🎃 Huge thanks to our parent chaperones &amp; the Dietz farm crew. #MapleGroveProud",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1713987654321098752"
          ],
          "editableUntil" : "2023-10-17T02:15:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "11",
      "id_str" : "1713987654321098752",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1713987654321098752",
      "created_at" : "Tue Oct 17 01:15:03 +0000 2023",
      "favorited" : false,
      "full_text" : "Shoutout to Jaylen Brooks for reading 40 books this quarter! Proud of you, kiddo 📚",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1718456789012345601"
          ],
          "editableUntil" : "2023-10-29T10:02:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Qx7LmN2pRs",
            "expanded_url" : "https://mgcsd.example.org/whitfield/newsletter-nov",
            "display_url" : "mgcsd.example.org/whitfield/new…",
            "indices" : [
              "28",
              "51"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "3",
      "id_str" : "1718456789012345601",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1718456789012345601",
      "created_at" : "Sun Oct 29 09:02:17 +0000 2023",
      "favorited" : false,
      "full_text" : "Our class newsletter is up: https://t.co/Qx7LmN2pRs — spelling lists, the November calendar, and book fair dates.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1720112233445566778"
          ],
          "editableUntil" : "2023-11-02T20:40:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "3",
      "id_str" : "1720112233445566778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1720112233445566778",
      "created_at" : "Thu Nov 02 19:40:55 +0000 2023",
      "favorited" : false,
      "full_text" : "Parents: if you can't reach the office about Friday pickup, text me at 555-0142 and I'll make sure it gets to the right person.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1722334455667788990"
          ],
          "editableUntil" : "2023-11-08T22:05:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Coach Rivera",
            "screen_name" : "CoachRivera",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "987654321",
            "id" : "987654321"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "3",
      "id_str" : "1722334455667788990",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1722334455667788990",
      "created_at" : "Wed Nov 08 21:05:12 +0000 2023",
      "favorited" : false,
      "full_text" : "@CoachRivera Thank you! The kids loved the assembly. Same time next year?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1722300000000000000",
      "in_reply_to_user_id" : "987654321",
      "in_reply_to_screen_name" : "CoachRivera",
      "in_reply_to_status_id" : "1722300000000000000",
      "in_reply_to_user_id_str" : "987654321"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1725566778899001122"
          ],
          "editableUntil" : "2023-11-17T14:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "3",
      "id_str" : "1725566778899001122",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1725566778899001122",
      "created_at" : "Fri Nov 17 13:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Conference sign-ups close Friday -&gt; grab a slot on the sheet in your child's folder. Spots &lt; 10 left!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1728899001122334455"
          ],
          "editableUntil" : "2023-11-27T00:48:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "2",
      "id_str" : "1728899001122334455",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1728899001122334455",
      "created_at" : "Sun Nov 26 23:48:31 +0000 2023",
      "favorited" : false,
      "full_text" : "Rough day. Please keep Maddie G. and her family in your thoughts — she's back in the hospital for her asthma again.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1734400112233445566"
          ],
          "editableUntil" : "2023-12-12T03:14:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "276"
      ],
      "favorite_count" : "3",
      "id_str" : "1734400112233445566",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1734400112233445566",
      "created_at" : "Tue Dec 12 02:14:09 +0000 2023",
      "favorited" : false,
      "full_text" : "Thank you to every family who came to our winter showcase tonight! The kids have been practicing their poems since October and it showed. Special thanks to Mr. Patel for running the sound board, to the PTA for the cookies, and to our custodians for setting up 200 chairs twic…",
      "lang" : "en"
    }
  }
]