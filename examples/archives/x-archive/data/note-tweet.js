window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1734400110000000000",
      "updatedAt" : "2023-12-12T02:14:09.000Z",
      "lifecycle" : {
        "value" : "Created",
        "name" : "Created",
        "originalName" : "Created",
        "annotations" : {}
      },
      "createdAt" : "2023-12-12T02:14:09.000Z",
      "core" : {
        "styletags" : [],
        "urls" : [],
        "text" : "Thank you to every family who came to our winter showcase tonight! The kids have been practicing their poems since October and it showed. Special thanks to Mr. Patel for running the sound board, to the PTA for the cookies, and to our custodians for setting up 200 chairs twice. If you filmed the second-grade song, please share it with me so I can add it to the class slideshow. Rest up, everyone!",
        "mentions" : [],
        "cashtags" : [],
        "hashtags" : []
      }
    }
  }
]